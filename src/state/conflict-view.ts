/**
 * Pure helpers for TabMerge: a held conflict turned into what the conflict list shows. "No edit"
 * on either side reads as the file's original translation, parsed from its kept bytes (conflicts
 * are rare, so parsing a file again for them costs nothing worth caching).
 */
import { parseSxsBytes, type Edits, type FileId, type SegmentText } from '../core/index.ts';
import type { FileEntry } from './file-entry.ts';

/** A conflict as TabMerge holds it: this tab's text lives in the workspace, theirs here. */
export interface HeldConflict {
	readonly fileId: FileId;
	readonly segmentId: string;
	readonly theirs: SegmentText;
}

/** A conflict as shown: texts resolved (no edit means the original translation). */
export interface ConflictView {
	readonly fileId: FileId;
	readonly path: string;
	readonly segmentId: string;
	readonly mine: string;
	readonly theirs: string;
}

export function buildConflictViews(
	held: readonly HeldConflict[],
	files: readonly FileEntry[],
	editsOf: (fileId: FileId) => Edits
): ConflictView[] {
	const originals = new Map<string, ReadonlyMap<string, string>>();
	return held.map((conflict) => {
		const entry = files.find((file) => file.id === conflict.fileId);
		let original = originals.get(conflict.fileId);
		if (!original) originals.set(conflict.fileId, (original = originalsOf(entry)));
		const fallback = original.get(conflict.segmentId) ?? '';
		return {
			...conflict,
			path: entry?.path ?? conflict.fileId,
			mine: editsOf(conflict.fileId).get(conflict.segmentId) ?? fallback,
			theirs: conflict.theirs ?? fallback
		};
	});
}

/** One segment's text as a change list for `Workspace.applyRemoteEdits`. */
export function oneText(segmentId: string, text: SegmentText): ReadonlyMap<string, SegmentText> {
	return new Map([[segmentId, text]]);
}

function originalsOf(entry: FileEntry | undefined): ReadonlyMap<string, string> {
	const parsed = entry ? parseSxsBytes(entry.bytes) : null;
	if (!parsed?.ok) return new Map();
	return new Map(parsed.document.segments.map((segment) => [segment.id, segment.translation]));
}
