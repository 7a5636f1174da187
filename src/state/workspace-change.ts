/**
 * Every change to the workspace, as data, tagged with where it came from. The workspace is the one
 * owner of files, edits, cursors and settings; it applies a change and then tells its listeners.
 * One follower (persistence.ts) writes what the translator did (`user`) or brought in (`import`);
 * what came from storage (`restore`) or another tab (`remote`) is already stored and is not
 * written again. Nothing else decides whether a change is saved.
 */
import type { CompareTarget, Cursor, Edits, FileId, MergeInProgress } from '../core/index.ts';
import type { FileEntry } from './file-entry.ts';

export type ChangeOrigin = 'user' | 'remote' | 'restore' | 'import';

export type WorkspaceChange =
	/** Files opened (new paths), in list order after the open ones. */
	| { readonly kind: 'files-added'; readonly files: readonly FileEntry[] }
	/** An open file's bytes replaced by another version, with the edits that now apply to it. */
	| {
			readonly kind: 'file-replaced';
			readonly file: FileEntry;
			readonly edits: Edits;
			readonly confirmed: ReadonlySet<string>;
			readonly cursor: Cursor;
	  }
	| { readonly kind: 'files-removed'; readonly fileIds: readonly FileId[] }
	/** Segment texts of one file; null puts a segment's original translation back. */
	| {
			readonly kind: 'segments-edited';
			readonly fileId: FileId;
			readonly texts: ReadonlyMap<string, string | null>;
	  }
	/** A file's edits, confirmations and cursor set as a whole (a backup import, a restore). */
	| {
			readonly kind: 'file-edits-set';
			readonly fileId: FileId;
			readonly edits: Edits;
			readonly confirmed: ReadonlySet<string>;
			readonly dismissed: ReadonlySet<string>;
			readonly drafts: ReadonlyMap<string, string>;
			readonly cursor: Cursor;
	  }
	/** A segment's draft (typed text the core refuses, issue 13.6); null: the draft is gone. */
	| {
			readonly kind: 'draft-set';
			readonly fileId: FileId;
			readonly segmentId: string;
			readonly text: string | null;
	  }
	/** QA problems the translator dismissed (by dismissal key), or brought back. */
	| {
			readonly kind: 'problems-dismissed';
			readonly fileId: FileId;
			readonly keys: readonly string[];
			readonly isDismissed: boolean;
	  }
	/** Segments the translator confirmed as done (or that are no longer confirmed). */
	| {
			readonly kind: 'segments-confirmed';
			readonly fileId: FileId;
			readonly segmentIds: readonly string[];
			readonly isConfirmed: boolean;
	  }
	| { readonly kind: 'cursor-moved'; readonly fileId: FileId; readonly cursor: Cursor }
	| { readonly kind: 'file-selected'; readonly fileId: FileId }
	| { readonly kind: 'compare-set'; readonly compare: CompareTarget }
	/** The merges waiting in the Merge summary, as a whole (queued, a conflict settled, ended). */
	| { readonly kind: 'merges-set'; readonly merges: readonly MergeInProgress[] }
	| { readonly kind: 'cleared' };

export type ChangeListener = (change: WorkspaceChange, origin: ChangeOrigin) => void;

/** Whether a change of this origin must be written: what storage does not hold yet. */
export function isToBeSaved(origin: ChangeOrigin): boolean {
	return origin === 'user' || origin === 'import';
}
