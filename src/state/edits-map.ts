/**
 * Pure helpers over the immutable edits maps the workspace keeps in `$state.raw`: each returns
 * a new map, so Svelte sees a new value and old snapshots stay valid.
 */

import type { Edits, FileId } from '../core/index.ts';

export const NO_EDITS: Edits = new Map();

/** Sets (or, with null, removes) one segment's edit; files left with no edits are dropped. */
export function withSegmentEdit(
	all: ReadonlyMap<FileId, Edits>,
	fileId: FileId,
	segmentId: string,
	text: string | null
): { all: ReadonlyMap<FileId, Edits>; file: Edits } {
	const file = new Map(all.get(fileId) ?? NO_EDITS);
	if (text === null) file.delete(segmentId);
	else file.set(segmentId, text);
	const next = new Map(all);
	if (file.size === 0) next.delete(fileId);
	else next.set(fileId, file);
	return { all: next, file };
}

export function withFileEdits(
	all: ReadonlyMap<FileId, Edits>,
	fileId: FileId,
	edits: Edits
): ReadonlyMap<FileId, Edits> {
	const next = new Map(all);
	if (edits.size === 0) next.delete(fileId);
	else next.set(fileId, edits);
	return next;
}

/** Total number of edited segments over all files. */
export function countEdits(all: ReadonlyMap<FileId, Edits>): number {
	let count = 0;
	for (const edits of all.values()) count += edits.size;
	return count;
}
