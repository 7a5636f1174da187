import { describe, expect, it } from 'vitest';
import { toFileId } from '../../../src/core/index.ts';
import { besidePath, sortOpened, type FileEntry } from '../../../src/state/file-entry.ts';

function entry(path: string, bytes: number[]): FileEntry {
	return {
		id: toFileId(path),
		path,
		bytes: new Uint8Array(bytes),
		summary: { ok: true, segmentCount: 1, locale: null, diagnostics: [] }
	};
}

describe('sortOpened', () => {
	it('adds new paths in order', () => {
		const sorted = sortOpened([entry('a', [1])], [entry('b', [2]), entry('c', [3])]);
		expect(sorted.added.map((f) => f.path)).toEqual(['b', 'c']);
		expect(sorted.changed).toEqual([]);
	});

	it('reports an open file opened again with the same bytes as identical', () => {
		const sorted = sortOpened([entry('a', [1])], [entry('a', [1])]);
		expect(sorted.identical.map((f) => f.path)).toEqual(['a']);
		expect(sorted.added).toEqual([]);
	});

	it('never replaces an open file whose bytes differ: it is reported with the open one', () => {
		const open = entry('a', [1]);
		const sorted = sortOpened([open, entry('b', [2])], [entry('a', [9])]);
		expect(sorted.added).toEqual([]);
		expect(sorted.changed).toHaveLength(1);
		expect(sorted.changed[0]?.open).toBe(open);
		expect(sorted.changed[0]?.incoming.bytes[0]).toBe(9);
	});

	it('reports the same bytes and name under another path (folder vs file pick) as a duplicate', () => {
		const open = entry('docs/de/a.md', [1, 2]);
		const sorted = sortOpened([open], [entry('a.md', [1, 2]), entry('b.md', [1, 2])]);
		expect(sorted.duplicates.map((pair) => [pair.incoming.path, pair.open.path])).toEqual([
			['a.md', 'docs/de/a.md']
		]);
		expect(sorted.added.map((f) => f.path)).toEqual(['b.md']);
	});
});

describe('besidePath', () => {
	it('numbers a second copy before the extension, skipping paths already open', () => {
		const open = new Set(['de/a.md', 'de/a (2).md']);
		expect(besidePath('de/a.md', (path) => open.has(path))).toBe('de/a (3).md');
		expect(besidePath('v1.0/README', () => false)).toBe('v1.0/README (2)');
	});
});
