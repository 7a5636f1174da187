import { describe, expect, it } from 'vitest';
import { splitPath } from '../../../../src/ui/files/path-parts.ts';

describe('splitPath', () => {
	it('puts the name first and splits the folder before its last folder name', () => {
		expect(splitPath('repo.de-de/articles/de-de/intro.md')).toEqual({
			name: 'intro.md',
			folderHead: 'repo.de-de/articles/',
			folderTail: 'de-de/'
		});
	});

	it('has no folder for a file at the top', () => {
		expect(splitPath('intro.md')).toEqual({ name: 'intro.md', folderHead: '', folderTail: '' });
	});

	it('keeps a one-level folder whole in the tail', () => {
		expect(splitPath('examples/a.md')).toEqual({
			name: 'a.md',
			folderHead: '',
			folderTail: 'examples/'
		});
	});

	it('keeps only the end of a very long last folder name', () => {
		const parts = splitPath('x/isabella232+mixed-reality-pr.de-de/a.md');
		expect(parts.folderTail).toBe('eality-pr.de-de/');
		expect(parts.folderHead + parts.folderTail).toBe('x/isabella232+mixed-reality-pr.de-de/');
	});
});
