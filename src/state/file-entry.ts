import type { FileSummary } from '../worker/protocol.ts';

export type { FileSummary } from '../worker/protocol.ts';

/** One opened file: its original bytes (never changed; edits live beside them) and its summary. */
export interface FileEntry {
	/** The relative path doubles as the id: opening the same path again replaces the file. */
	readonly id: string;
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

export interface MergedFiles {
	readonly files: readonly FileEntry[];
	/** Files that are new, or replace an open file with different bytes. */
	readonly changed: readonly FileEntry[];
	/** Ids of open files that were replaced by different bytes. */
	readonly replacedIds: readonly string[];
}

/**
 * Adds files to a list, keeping its order: a path already open is replaced in place unless
 * the bytes are the same (then the open one, with its edits, stays).
 */
export function mergeFiles(open: readonly FileEntry[], added: readonly FileEntry[]): MergedFiles {
	const byId = new Map(open.map((file) => [file.id, file] as const));
	const changed: FileEntry[] = [];
	const replacedIds: string[] = [];
	for (const entry of added) {
		const existing = byId.get(entry.id);
		if (existing !== undefined && isSameBytes(existing.bytes, entry.bytes)) continue;
		if (existing !== undefined) replacedIds.push(entry.id);
		byId.set(entry.id, entry);
		changed.push(entry);
	}
	return { files: [...byId.values()], changed, replacedIds };
}
