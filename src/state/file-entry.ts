import type { FileId, FileSummary } from '../core/index.ts';

export type { FileSummary } from '../core/index.ts';

/** One opened file: its original bytes (never changed; edits live beside them) and its summary. */
export interface FileEntry {
	/** The relative path doubles as the id. */
	readonly id: FileId;
	readonly path: string;
	readonly bytes: Uint8Array;
	readonly summary: FileSummary;
}

/** Segment count of a file that loaded, 0 for one that failed. */
export function segmentCountOf(entry: FileEntry): number {
	return entry.summary.ok ? entry.summary.segmentCount : 0;
}

/** Whether two byte arrays hold the same bytes. */
export function isSameBytes(a: Uint8Array, b: Uint8Array): boolean {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
}

/** A file being opened and the open file it meets. */
export interface Pair {
	readonly incoming: FileEntry;
	readonly open: FileEntry;
}

/** How files being opened relate to the open ones. Nothing open is ever replaced here. */
export interface SortedOpen {
	/** Paths not open yet, whose bytes are not open under another path either. */
	readonly added: readonly FileEntry[];
	/** Already open at the same path with the same bytes. */
	readonly identical: readonly FileEntry[];
	/** Open at the same path with other bytes: a new version or a colleague's copy. */
	readonly changed: readonly Pair[];
	/** The same bytes and file name as an open file at another path (a folder and a file pick). */
	readonly duplicates: readonly Pair[];
}

/** Sorts files being opened against the open ones, by path and bytes. */
export function sortOpened(open: readonly FileEntry[], incoming: readonly FileEntry[]): SortedOpen {
	const byId = new Map<string, FileEntry>(open.map((file) => [file.id, file]));
	const byName = new Map<string, FileEntry[]>();
	for (const file of open) {
		const name = nameOf(file.path);
		byName.set(name, [...(byName.get(name) ?? []), file]);
	}
	const added: FileEntry[] = [];
	const identical: FileEntry[] = [];
	const changed: Pair[] = [];
	const duplicates: Pair[] = [];
	const seen = new Set<string>();
	for (const entry of incoming) {
		if (seen.has(entry.id)) continue; // the same path twice in one pick: the first counts
		seen.add(entry.id);
		const same = byId.get(entry.id);
		if (same !== undefined) {
			if (isSameBytes(same.bytes, entry.bytes)) identical.push(entry);
			else changed.push({ incoming: entry, open: same });
			continue;
		}
		const twins = byName.get(nameOf(entry.path)) ?? [];
		const twin = twins.find((file) => isSameBytes(file.bytes, entry.bytes));
		if (twin !== undefined) duplicates.push({ incoming: entry, open: twin });
		else added.push(entry);
	}
	return { added, identical, changed, duplicates };
}

/** A path that is not open yet for a second copy of `path`: `name (2).md`, `name (3).md`… */
export function besidePath(path: string, isOpen: (path: string) => boolean): string {
	const dot = path.lastIndexOf('.');
	const slash = path.lastIndexOf('/');
	const hasExtension = dot > slash + 1;
	const stem = hasExtension ? path.slice(0, dot) : path;
	const extension = hasExtension ? path.slice(dot) : '';
	for (let copy = 2; ; copy++) {
		const candidate = `${stem} (${copy})${extension}`;
		if (!isOpen(candidate)) return candidate;
	}
}

function nameOf(path: string): string {
	return path.slice(path.lastIndexOf('/') + 1);
}
