import { describe, expect, it } from 'vitest';
import { readDroppedFiles } from '../../../src/io/read-drop.ts';

/** Chromium's limit: `readEntries` hands out at most this many entries per call. */
const PER_CALL = 100;

function fileEntry(fullPath: string): FileSystemFileEntry {
	const name = fullPath.slice(fullPath.lastIndexOf('/') + 1);
	return {
		isFile: true,
		isDirectory: false,
		fullPath,
		name,
		file: (resolve: (file: File) => void) => resolve(new File(['x'], name))
	} as unknown as FileSystemFileEntry;
}

function directoryEntry(fullPath: string, children: FileSystemEntry[]): FileSystemDirectoryEntry {
	return {
		isFile: false,
		isDirectory: true,
		fullPath,
		createReader: () => {
			let offset = 0;
			return {
				readEntries: (resolve: (entries: FileSystemEntry[]) => void) => {
					const batch = children.slice(offset, offset + PER_CALL);
					offset += batch.length;
					resolve(batch);
				}
			};
		}
	} as unknown as FileSystemDirectoryEntry;
}

function dataTransferOf(entries: FileSystemEntry[]): DataTransfer {
	const items = entries.map((entry) => ({
		kind: 'file',
		webkitGetAsEntry: () => entry,
		getAsFile: () => null
	}));
	return { items } as unknown as DataTransfer;
}

describe('readDroppedFiles', () => {
	it('reads a folder of more than 100 entries completely, not just the first call', async () => {
		const children = Array.from({ length: 250 }, (_, i) => fileEntry(`/big/f${i}.md`));
		const picked = await readDroppedFiles(dataTransferOf([directoryEntry('/big', children)]));
		expect(picked).toHaveLength(250);
		expect(picked[249]?.path).toBe('big/f249.md');
	});

	it('walks nested folders and keeps relative paths without a leading slash', async () => {
		const deep = directoryEntry('/root/a/b', [fileEntry('/root/a/b/c.md')]);
		const root = directoryEntry('/root', [
			fileEntry('/root/top.md'),
			directoryEntry('/root/a', [deep])
		]);
		const picked = await readDroppedFiles(dataTransferOf([root, fileEntry('/loose.md')]));
		expect(picked.map((file) => file.path).sort()).toEqual([
			'loose.md',
			'root/a/b/c.md',
			'root/top.md'
		]);
	});
});
