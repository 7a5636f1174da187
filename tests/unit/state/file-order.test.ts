import { describe, expect, it } from 'vitest';
import { toFileId } from '../../../src/core/index.ts';
import type { FileEntry } from '../../../src/state/file-entry.ts';
import { filterFiles, neighbourIn, sortFilesByPath } from '../../../src/state/file-order.ts';
import { hasNoSegments, isFailedFile } from '../../../src/state/file-status.ts';

function entry(path: string): FileEntry {
	return {
		id: toFileId(path),
		path,
		bytes: new Uint8Array(),
		summary: { ok: true, segmentCount: 1, locale: null, diagnostics: [] }
	};
}

const paths = (files: readonly FileEntry[]) => files.map((file) => file.path);

describe('sortFilesByPath', () => {
	it('sorts digit runs as numbers and leaves its input alone', () => {
		const files = [entry('b/ch10.md'), entry('b/ch2.md'), entry('a/z.md')];
		expect(paths(sortFilesByPath(files))).toEqual(['a/z.md', 'b/ch2.md', 'b/ch10.md']);
		expect(paths(files)).toEqual(['b/ch10.md', 'b/ch2.md', 'a/z.md']);
	});
});

describe('filterFiles', () => {
	it('keeps paths containing the trimmed filter, ignoring case', () => {
		const files = [entry('de-DE/a.md'), entry('fr-FR/b.md')];
		expect(paths(filterFiles(files, ' DE-de '))).toEqual(['de-DE/a.md']);
		expect(filterFiles(files, '  ')).toBe(files);
	});
});

describe('neighbourIn', () => {
	const order = [entry('a'), entry('b'), entry('c')];

	it('steps to the next and previous file and stops at the ends', () => {
		expect(neighbourIn(order, 'b', 1)?.path).toBe('c');
		expect(neighbourIn(order, 'b', -1)?.path).toBe('a');
		expect(neighbourIn(order, 'c', 1)).toBeNull();
		expect(neighbourIn(order, 'a', -1)).toBeNull();
	});

	it('enters the order at its first or last file from a file outside it', () => {
		expect(neighbourIn(order, 'x', 1)?.path).toBe('a');
		expect(neighbourIn(order, null, -1)?.path).toBe('c');
		expect(neighbourIn([], 'x', 1)).toBeNull();
	});
});

describe('file status', () => {
	const noSegments = { severity: 'error', code: 'no-segments', message: 'm', line: 0 } as const;
	const binary = { severity: 'error', code: 'binary', message: 'm', line: 0 } as const;

	it('treats a file with no segments as neutral and only other errors as failures', () => {
		expect(hasNoSegments({ ok: false, error: noSegments })).toBe(true);
		expect(isFailedFile({ ok: false, error: noSegments })).toBe(false);
		expect(isFailedFile({ ok: false, error: binary })).toBe(true);
		expect(isFailedFile(entry('a').summary)).toBe(false);
	});
});
