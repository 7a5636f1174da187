/**
 * The contract between the workbench state and the diff pane: one row per segment of the
 * current file, in file order. Row N is line N on both sides of the editor.
 */
export interface DiffRow {
	/** Segment id as in the file, e.g. `7e727-103`. */
	readonly id: string;
	/** The English source (read-only). */
	readonly source: string;
	/** The translation as loaded from the file. */
	readonly original: string;
	/** The translation with the translator's edits (equals `original` when unedited). */
	readonly current: string;
}

/** What the left side shows: the source, or the translation as it was loaded. */
export type CompareTarget = 'source' | 'original';

/** A cursor inside the translation side: segment index (0-based) and column in the translation (1-based). */
export interface SegmentCursor {
	readonly index: number;
	readonly column: number;
}

/** The texts the token check compares for one segment (the translation with real newlines). */
export interface TokenPair {
	readonly source: string;
	readonly translation: string;
}
