/**
 * A waiting merge (the saved `MergeInProgress`) turned into what the Merge summary shows: the
 * merge of the open file's edits onto the incoming version, and its conflicts grouped by the
 * segment of theirs a resolution is written into. Computed, never stored: the open file and its
 * edits stay untouched until Apply merge, so the same inputs give the same merge after a reload.
 */
import {
	mergeVersions,
	parseSxs,
	serializeSxs,
	type Edits,
	type MergeConflict,
	type MergeInProgress,
	type Resolution,
	type SxsDocument,
	type VersionMerge
} from '../core/index.ts';
import { documentOf } from './document-cache.ts';
import type { FileEntry } from './file-entry.ts';

/** Conflicts that one resolution settles: those of one segment of theirs (a `p` merge gives several). */
export interface ConflictGroup {
	/** The segment of theirs the resolution is written into. */
	readonly theirs: string;
	readonly conflicts: readonly MergeConflict[];
}

/** One merge waiting in the Merge summary. */
export interface PendingMerge {
	/** The `MergeInProgress` id. */
	readonly id: string;
	readonly open: FileEntry;
	/** The incoming file as picked (theirs). */
	readonly incoming: { readonly path: string; readonly bytes: Uint8Array };
	readonly theirs: SxsDocument;
	readonly merge: VersionMerge;
	readonly groups: readonly ConflictGroup[];
	/** Resolutions by the theirs id of a conflict group; unresolved groups keep theirs. */
	readonly resolutions: ReadonlyMap<string, Resolution>;
}

export type ComputedMerge =
	| { readonly ok: true; readonly theirs: SxsDocument; readonly merge: VersionMerge }
	| { readonly ok: false; readonly error: string };

/** Merges `edits` of `open` (base: its bytes) onto the incoming bytes. */
export function computeMerge(open: FileEntry, bytes: Uint8Array, edits: Edits): ComputedMerge {
	const base = documentOf(open.bytes);
	const theirs = documentOf(bytes);
	if (base === null || theirs === null) return { ok: false, error: 'it is not a bilingual file' };
	const mine = parseSxs(serializeSxs(base, edits).text);
	const result = mergeVersions(base, mine, theirs);
	return result.ok ? { ok: true, theirs, merge: result.merge } : result;
}

/** The Merge summary's view of a waiting merge, from a computed merge. */
export function toPendingMerge(
	waiting: MergeInProgress,
	open: FileEntry,
	computed: { readonly theirs: SxsDocument; readonly merge: VersionMerge }
): PendingMerge {
	return {
		id: waiting.id,
		open,
		incoming: { path: waiting.path, bytes: waiting.bytes },
		theirs: computed.theirs,
		merge: computed.merge,
		groups: groupConflicts(computed.merge.conflicts),
		resolutions: waiting.resolutions
	};
}

function groupConflicts(conflicts: readonly MergeConflict[]): ConflictGroup[] {
	const groups = new Map<string, MergeConflict[]>();
	for (const conflict of conflicts) {
		const list = groups.get(conflict.theirs) ?? [];
		list.push(conflict);
		groups.set(conflict.theirs, list);
	}
	return [...groups].map(([theirs, list]) => ({ theirs, conflicts: list }));
}
