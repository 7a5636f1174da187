import type { SxsDocument } from '../model/types.ts';
import type { Edits } from '../model/workspace.ts';
import { serializeSxs, type SerializeResult } from '../sxs/serialize.ts';
import type { Resolutions, VersionMerge } from './merge-model.ts';

/**
 * The edits of theirs that a merge with these resolutions amounts to: the carried translations,
 * plus, for each resolved conflict, Take mine's text or the typed text. A conflict resolved as
 * `theirs`, or not at all, adds nothing (theirs stays). These are the file's edits after Apply
 * merge, with theirs as its original.
 */
export function resolveMerge(merge: VersionMerge, resolutions: Resolutions): Edits {
	const edits = new Map(merge.carriedEdits);
	for (const conflict of merge.conflicts) {
		const resolution = resolutions.get(conflict.theirs);
		if (resolution === undefined || resolution === 'theirs') continue;
		edits.set(conflict.theirs, resolution === 'mine' ? conflict.takeMineText : resolution.text);
	}
	return edits;
}

/**
 * Writes the merged file: `theirs` with the carried translations and the resolved conflicts, byte
 * for byte otherwise. A resolution that would break the file's markup is refused and listed
 * (`serializeSxs`), never written. With no resolutions the text is `merge.text`.
 */
export function writeMerge(
	theirs: SxsDocument,
	merge: VersionMerge,
	resolutions: Resolutions = new Map()
): SerializeResult {
	return serializeSxs(theirs, resolveMerge(merge, resolutions));
}
