import { describe, expect, it } from 'vitest';
import { EXAMPLE_FILES } from '../../../src/examples/index.ts';
import {
	browserFirstVisit,
	createMemoryStore,
	WorkspaceStore,
	type FirstVisit,
	type KeyValueStore
} from '../../../src/storage/index.ts';
import { Workbench } from '../../../src/state/workbench.svelte.ts';
import { ParseClient } from '../../../src/worker/client.ts';
import { segmentMarkup } from '../../helpers/sxs-builders.ts';

/** A first-visit flag in memory, as localStorage would keep it. */
function memoryVisit(): FirstVisit & { visited: boolean } {
	const visit = {
		visited: false,
		isFirst: () => !visit.visited,
		markDone: () => void (visit.visited = true)
	};
	return visit;
}

function makeWorkbench(kv: KeyValueStore, firstVisit: FirstVisit) {
	const store = new WorkspaceStore(kv, { onError: () => undefined }, 0);
	const parser = new ParseClient(() => {
		throw new Error('no workers in Node');
	}, 1);
	return new Workbench({ store, parser, examples: EXAMPLE_FILES, firstVisit });
}

describe('the very first visit', () => {
	it('opens no examples beside files the translator chose while the restore ran', async () => {
		const workbench = makeWorkbench(createMemoryStore(), memoryVisit());
		const bytes = new TextEncoder().encode(segmentMarkup('abcde-101', 'Eins', 'One'));
		const restoring = workbench.restore();
		const opening = workbench.openFiles([new File([bytes], 'one.de-DE.md')]);
		await Promise.all([restoring, opening]);
		expect(workbench.workspace.files.map((file) => file.path)).toEqual(['one.de-DE.md']);
	});

	it('opens the examples once; after Close all a reload shows an empty workspace', async () => {
		const kv = createMemoryStore();
		const visit = memoryVisit();
		const first = makeWorkbench(kv, visit);
		await first.restore();
		expect(first.workspace.files).toHaveLength(3);
		expect(first.isShowingExample).toBe(true);
		await first.closeAll();
		const again = makeWorkbench(kv, visit);
		await again.restore();
		expect(again.workspace.files).toHaveLength(0);
	});

	it('never opens them over a stored workspace, and counts that as the visit', async () => {
		const kv = createMemoryStore();
		const earlier = makeWorkbench(kv, { isFirst: () => false, markDone: () => undefined });
		await earlier.restore();
		await earlier.openExamples();
		earlier.current.edit(1, 'Meine Arbeit');
		await earlier.flush();
		// A workspace stored before the flag existed: restored as it was, nothing added.
		const visit = memoryVisit();
		const restored = makeWorkbench(kv, visit);
		await restored.restore();
		expect(restored.workspace.files).toHaveLength(3);
		expect(restored.current.rows[1]?.current).toBe('Meine Arbeit');
		expect(visit.visited).toBe(true);
		await restored.closeAll();
		const later = makeWorkbench(kv, visit);
		await later.restore();
		expect(later.workspace.files).toHaveLength(0);
	});

	it('keeps the flag in the given storage and treats a refusing storage as no first visit', () => {
		const items = new Map<string, string>();
		const storage = {
			getItem: (key: string) => items.get(key) ?? null,
			setItem: (key: string, value: string) => void items.set(key, value)
		} as unknown as Storage;
		const visit = browserFirstVisit(() => storage);
		expect(visit.isFirst()).toBe(true);
		visit.markDone();
		expect(visit.isFirst()).toBe(false);
		const refusing = browserFirstVisit(() => {
			throw new Error('SecurityError');
		});
		expect(refusing.isFirst()).toBe(false);
		expect(() => refusing.markDone()).not.toThrow();
	});
});
