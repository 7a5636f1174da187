/**
 * Test harness for the diff pane (dev-only, never part of the app build): mounts
 * SegmentDiffEditor with synthetic rows so e2e tests and the bench can drive it in isolation.
 * Query: `?rows=N` (segment count), `&compare=source|original`.
 */
import { mount } from 'svelte';
import Harness from './Harness.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('harness page has no #app');
const params = new URLSearchParams(location.search);
mount(Harness, {
	target,
	props: {
		rowCount: Number(params.get('rows') ?? '40'),
		initialCompare: params.get('compare') === 'original' ? 'original' : 'source'
	}
});
