import { describe, expect, it } from 'vitest';
import { countEdits, withSegmentEdit } from '../../../src/state/edits-map.ts';

describe('withSegmentEdit', () => {
	it('adds an edit without touching the previous map', () => {
		const before = new Map<string, ReadonlyMap<string, string>>();
		const { all } = withSegmentEdit(before, 'a.md', 'x-101', 'neu');
		expect(before.size).toBe(0);
		expect(all.get('a.md')?.get('x-101')).toBe('neu');
	});

	it('drops a file whose last edit is removed', () => {
		const { all } = withSegmentEdit(new Map(), 'a.md', 'x-101', 'neu');
		const { all: after } = withSegmentEdit(all, 'a.md', 'x-101', null);
		expect(after.has('a.md')).toBe(false);
		expect(countEdits(after)).toBe(0);
	});
});
