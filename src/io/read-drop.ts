/**
 * Files and nested folders dropped on the page. The entries must be taken from the DataTransfer
 * synchronously, inside the drop event (the browser empties it afterwards); the folders are then
 * walked asynchronously. Chromium's `readEntries` returns at most 100 entries per call, so each
 * directory is read until a call comes back empty.
 */
import { normalizeRelativePath, type PickedFile } from './picked-file.ts';

/** Call inside the drop handler; the returned promise may be awaited later. */
export function readDroppedFiles(dataTransfer: DataTransfer): Promise<PickedFile[]> {
	const entries: FileSystemEntry[] = [];
	const looseFiles: File[] = [];
	for (const item of Array.from(dataTransfer.items)) {
		if (item.kind !== 'file') continue;
		const entry = item.webkitGetAsEntry();
		if (entry !== null) entries.push(entry);
		else {
			const file = item.getAsFile();
			if (file !== null) looseFiles.push(file);
		}
	}
	return collect(entries, looseFiles);
}

async function collect(entries: FileSystemEntry[], looseFiles: File[]): Promise<PickedFile[]> {
	const picked: PickedFile[] = looseFiles.map((file) => ({ path: file.name, blob: file }));
	for (const entry of entries) await walk(entry, picked);
	return picked;
}

async function walk(entry: FileSystemEntry, into: PickedFile[]): Promise<void> {
	if (isFile(entry)) {
		const file = await new Promise<File>((resolve, reject) => entry.file(resolve, reject));
		into.push({ path: normalizeRelativePath(entry.fullPath || file.name), blob: file });
		return;
	}
	if (!isDirectory(entry)) return;
	const reader = entry.createReader();
	for (;;) {
		const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
			reader.readEntries(resolve, reject)
		);
		if (batch.length === 0) break;
		for (const child of batch) await walk(child, into);
	}
}

function isFile(entry: FileSystemEntry): entry is FileSystemFileEntry {
	return entry.isFile;
}

function isDirectory(entry: FileSystemEntry): entry is FileSystemDirectoryEntry {
	return entry.isDirectory;
}
