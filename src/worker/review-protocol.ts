/**
 * Messages between the main thread and the review worker, which holds the open files' sources and
 * translations for the Matches list and the Concordance (issue 10). Files and edits are sent as
 * they change (one message per file or per edit, never the whole workspace again); lookups are
 * requests with an id, answered once.
 */
import type { Edits, SearchField, SearchQuery, TextRange, WordDiffPart } from '../core/index.ts';

/** Bumped whenever a message shape changes. */
export const REVIEW_PROTOCOL_VERSION = 1;

/** An open file as the worker needs it: its bytes are parsed there, not on the main thread. */
export interface ReviewFileInput {
	readonly fileId: string;
	readonly path: string;
	/** The file's target language; matches come only from files of the same one. */
	readonly locale: string | null;
	readonly bytes: Uint8Array;
	readonly edits: Edits;
}

/** The segment matches are looked up for (the state's `MatchQuery`, repeated: no state import). */
export interface MatchLookup {
	readonly source: string;
	readonly targetLocale: string | null;
	readonly fileId: string;
	readonly segmentId: string;
}

/** A similar source in an open file, with its translation as it stands now. */
export interface OpenFileMatch {
	readonly path: string;
	readonly source: string;
	readonly translation: string;
	readonly similarity: number;
	readonly diff: readonly WordDiffPart[] | null;
}

/** One segment holding the searched term, with both texts and the term's places in each. */
export interface ConcordanceHit {
	readonly fileId: string;
	readonly path: string;
	readonly segmentIndex: number;
	readonly segmentId: string;
	readonly source: string;
	readonly translation: string;
	readonly sourceRanges: readonly TextRange[];
	readonly translationRanges: readonly TextRange[];
}

export type ConcordanceAnswer =
	| {
			readonly ok: true;
			readonly hits: readonly ConcordanceHit[];
			/** Segments found in all, of which `hits` lists the first ones. */
			readonly segmentCount: number;
			/** True when the core's hit limit stopped the search: there are more. */
			readonly isTruncated: boolean;
			/** Time the search took in the worker, in ms (index build included when it had to). */
			readonly ms: number;
	  }
	| { readonly ok: false; readonly error: string };

export type ReviewChange =
	| { readonly type: 'set-file'; readonly file: ReviewFileInput }
	| { readonly type: 'remove-files'; readonly fileIds: readonly string[] }
	/** Segment texts of one file; null puts the loaded translation back. */
	| {
			readonly type: 'edit-segments';
			readonly fileId: string;
			readonly texts: ReadonlyMap<string, string | null>;
	  }
	| { readonly type: 'set-edits'; readonly fileId: string; readonly edits: Edits }
	| { readonly type: 'clear' };

export type ReviewLookup =
	| {
			readonly type: 'find-matches';
			readonly query: MatchLookup;
			readonly limit: number;
	  }
	| {
			readonly type: 'concordance';
			readonly query: SearchQuery;
			readonly fields: readonly SearchField[];
			/** At most this many segments are listed. */
			readonly limit: number;
	  };

export type ReviewRequest =
	| (ReviewChange & { readonly version: number })
	| (ReviewLookup & { readonly version: number; readonly requestId: number });

export type ReviewReply =
	| {
			readonly type: 'matches';
			readonly requestId: number;
			readonly matches: readonly OpenFileMatch[];
	  }
	| { readonly type: 'concordance'; readonly requestId: number; readonly answer: ConcordanceAnswer }
	| { readonly type: 'failed'; readonly requestId: number; readonly message: string };
