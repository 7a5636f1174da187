import { describe, expect, it } from 'vitest';
import { toFileId, type FileId } from '../../../src/core/index.ts';
import { countEdits, withSegmentEdit } from '../../../src/state/edits-map.ts';

const A = toFileId('a.md');

describe('withSegmentEdit', () => {
	it('adds an edit without touching the previous map', () => {
		const before = new Map<FileId, ReadonlyMap<string, string>>();
		const { all } = withSegmentEdit(before, A, 'x-101', 'neu');
		expect(before.size).toBe(0);
		expect(all.get(A)?.get('x-101')).toBe('neu');
	});

	it('drops a file whose last edit is removed', () => {
		const { all } = withSegmentEdit(new Map(), A, 'x-101', 'neu');
		const { all: after } = withSegmentEdit(all, A, 'x-101', null);
		expect(after.has(A)).toBe(false);
		expect(countEdits(after)).toBe(0);
	});
});
