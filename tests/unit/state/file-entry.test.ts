import { describe, expect, it } from 'vitest';
import { mergeFiles, type FileEntry } from '../../../src/state/file-entry.ts';

function entry(path: string, bytes: number[]): FileEntry {
	return {
		id: path,
		path,
		bytes: new Uint8Array(bytes),
		summary: { ok: true, segmentCount: 1, locale: null, diagnostics: [] }
	};
}

describe('mergeFiles', () => {
	it('appends new paths in order', () => {
		const merged = mergeFiles([entry('a', [1])], [entry('b', [2]), entry('c', [3])]);
		expect(merged.files.map((f) => f.path)).toEqual(['a', 'b', 'c']);
		expect(merged.replacedIds).toEqual([]);
	});

	it('keeps an open file when the same bytes are opened again', () => {
		const open = entry('a', [1]);
		const merged = mergeFiles([open], [entry('a', [1])]);
		expect(merged.files[0]).toBe(open);
		expect(merged.changed).toEqual([]);
	});

	it('replaces an open file in place when its bytes differ', () => {
		const merged = mergeFiles([entry('a', [1]), entry('b', [2])], [entry('a', [9])]);
		expect(merged.files.map((f) => [f.path, f.bytes[0]])).toEqual([
			['a', 9],
			['b', 2]
		]);
		expect(merged.replacedIds).toEqual(['a']);
	});
});
