/**
 * The result of a three-way merge of versions (`mergeVersions`): plain readonly data that the CLI
 * prints as its JSON report and the app shows as its Merge summary and conflict queue.
 *
 * Roles: **base** is the version the translator started from, **mine** is base with the
 * translator's edits (the same segments, ids and sources), **theirs** is the other side: a
 * regenerated version, or a colleague's edited copy of base. The merged file is always theirs,
 * byte for byte, except the translations the merge writes into it.
 */
import type { SegmentId } from '../model/types.ts';
import type { Edits } from '../model/workspace.ts';

/** One of my segments and the segment of theirs it was aligned with. */
export interface MergePair {
	/** Segment id in base and mine (they share ids). */
	readonly mine: SegmentId;
	/** Segment id in theirs. */
	readonly theirs: SegmentId;
}

/**
 * Why an edit of mine could not be carried:
 * - `both-changed`: the same source (or sources that join up), but theirs changed the translation;
 * - `source-changed`: the aligned source in theirs was edited, or a merged `p` segment of base was
 *   split in theirs, so my translation may no longer fit.
 */
export type ConflictKind = 'both-changed' | 'source-changed';

/** An edit of mine that theirs disagrees with. Unresolved, the merged file keeps theirs there. */
export interface MergeConflict extends MergePair {
	/** Why the edit could not be carried. */
	readonly kind: ConflictKind;
	/** The base translation of my segment (JSON: `base`). */
	readonly base: string;
	/** My translation of my segment (JSON: `mine_text`). */
	readonly mineText: string;
	/** The translation in theirs (JSON: `theirs_text`). */
	readonly theirsText: string;
	/** The source of my segment (the old source). */
	readonly baseSource: string;
	/** The source of the segment of theirs (the new source). */
	readonly theirsSource: string;
	/**
	 * What **Take mine** writes into the segment of theirs: `mineText`, or, when theirs merged
	 * several of my segments into one `p` segment, all their translations in mine, joined (see
	 * `joinTranslations`). Conflicts of one `p` segment share `theirs` and this text. When theirs
	 * split my `p` segment, each piece's part of my translation (`cutTranslation`).
	 */
	readonly takeMineText: string;
}

/** An edited segment of mine that no longer exists in theirs: listed, never silently lost. */
export interface DroppedSegment {
	/** Its id in base and mine. */
	readonly id: SegmentId;
	/** Its source in base. */
	readonly source: string;
	/** My translation. */
	readonly translation: string;
}

/** A carried translation that `serializeSxs` refused to write into theirs (it would break markup). */
export interface RefusedCarry extends MergePair {
	/** The text that was not written. */
	readonly text: string;
	/** Why `serializeSxs` refused it, in plain language. */
	readonly reason: string;
}

/**
 * Every edited segment of mine ends in exactly one of `carried`, `same`, `conflicts`, `dropped`
 * or `refused`; a `p` segment gives one entry per partner. Unedited segments give no entry.
 */
export interface VersionMerge {
	/** Theirs kept the base translation: the merged file holds mine there. */
	readonly carried: readonly MergePair[];
	/** Theirs already holds my translation. */
	readonly same: readonly MergePair[];
	/** Edits theirs disagrees with, in base order; a `p` segment of theirs gives one per partner. */
	readonly conflicts: readonly MergeConflict[];
	/** Segments only in theirs, in document order (JSON: `new`). */
	readonly added: readonly SegmentId[];
	/** Edited segments whose sentence theirs no longer has, in base order. */
	readonly dropped: readonly DroppedSegment[];
	/** Carries that would have broken theirs' markup (theirs kept); empty in practice. */
	readonly refused: readonly RefusedCarry[];
	/** The carried translations as edits of theirs (by theirs id): the file's edits after Apply merge. */
	readonly carriedEdits: Edits;
	/** The merged file text with every conflict unresolved (theirs kept there). */
	readonly text: string;
}

/** A merge, or why the three files cannot be merged. */
export type MergeResult =
	| { readonly ok: true; readonly merge: VersionMerge }
	| { readonly ok: false; readonly error: string };

/** How a conflict is settled: my text (`takeMineText`), theirs as it is, or a typed text. */
export type Resolution = 'mine' | 'theirs' | { readonly text: string };

/** Resolutions by the conflict's `theirs` id; a conflict with none keeps theirs. */
export type Resolutions = ReadonlyMap<string, Resolution>;
