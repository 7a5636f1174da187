/**
 * The workspace's contract types: the one home of the shapes that the core, the worker, storage,
 * state and the UI all speak. Other layers import them from here (through `core/index.ts`) and
 * never declare a copy "for layering".
 */
import type { Resolution } from '../merge/merge-model.ts';
import type { Diagnostic } from './types.ts';

/** A file in the workspace, named by its relative path (branded: not any string). */
export type FileId = string & { readonly __brand: 'FileId' };

/** Brands a relative path as a file id. The path is the identity: there is no other lookup. */
export function toFileId(path: string): FileId {
	return path as FileId;
}

/** Edited translations of one file, by segment id (the text the translator typed, raw). */
export type Edits = ReadonlyMap<string, string>;

/** Where the cursor stands in a file: segment index (0-based) and column in its translation (1-based). */
export interface Cursor {
	readonly index: number;
	readonly column: number;
}

/** The cursor of a file that was never visited. */
export const START_CURSOR: Cursor = { index: 0, column: 1 };

/**
 * A segment's place in the translator's workflow. `edited` and `untouched` follow from the edits;
 * `confirmed` is the translator's mark that the segment is done.
 */
export type SegmentState = 'untouched' | 'edited' | 'confirmed';

/**
 * What the left side of the diff shows: the source, the translation as loaded, or the aligned
 * segments of another open file (another locale, another version, a colleague's copy). A string,
 * so settings, backups and a `<select>` carry it as it is.
 */
export type CompareTarget = 'source' | 'original' | `file:${string}`;

/** Whether a stored or imported value is a compare target (anything else falls back to Source). */
export function isCompareTarget(value: unknown): value is CompareTarget {
	return (
		value === 'source' ||
		value === 'original' ||
		(typeof value === 'string' && value.startsWith('file:') && value.length > 5)
	);
}

/** The compare target that shows another open file; its text after `file:` is the file id. */
export function compareWithFile(fileId: FileId): CompareTarget {
	return `file:${fileId}`;
}

/** One row of the diff pane: segment N of the current file is line N on both sides. */
export interface SegmentRow {
	/** Segment id as in the file, e.g. `7e727-103`. */
	readonly id: string;
	/** The English source (read-only). */
	readonly source: string;
	/** The translation as loaded from the file. */
	readonly original: string;
	/** The translation with the translator's edits (equals `original` when unedited). */
	readonly current: string;
}

/** The texts the token check compares for one segment (the translation with real newlines). */
export interface TokenPair {
	/** The source, or whatever the translation is compared with. */
	readonly source: string;
	readonly translation: string;
}

/** What the file list needs to show a file: its counts and problems, or why it is not an sxs file. */
export type FileSummary =
	| {
			readonly ok: true;
			readonly segmentCount: number;
			readonly locale: string | null;
			readonly diagnostics: readonly Diagnostic[];
			/** `ms.locfileid` of the front matter: files of one document share it. */
			readonly locFileId?: string;
			/** `ms.translationtype`: `MT` (machine) or `HT` (human), when the file says. */
			readonly translationType?: string;
	  }
	| { readonly ok: false; readonly error: Diagnostic };

/**
 * A merge waiting in the Merge summary (issue 9): the open file it will replace, the incoming
 * version and the conflicts settled so far. The merge itself is not kept: it is computed again
 * from these and the open file (base: its bytes, mine: with its edits), which the workspace leaves
 * untouched until Apply merge. Saved like an edit, so a reload in the middle of a queue loses
 * nothing.
 */
export interface MergeInProgress {
	/** Names this merge: one open file can wait for two versions. */
	readonly id: string;
	/** The open file that Apply merge replaces. */
	readonly fileId: FileId;
	/** The incoming file (theirs): its path as picked, and its bytes. */
	readonly path: string;
	readonly bytes: Uint8Array;
	/** Settled conflicts, by the theirs id of their group; the others keep theirs. */
	readonly resolutions: ReadonlyMap<string, Resolution>;
}
