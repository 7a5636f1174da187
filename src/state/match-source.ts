/**
 * What the Matches list shows for the current segment (issue 10), wherever a match comes from:
 * the other open files, or a translation memory imported from TMX (issue 11). Each source of
 * matches implements `MatchSource`; the Matches state asks all of them and merges the answers, best
 * first, so a new kind of memory is one more source and no change to the list.
 */
import type { WordDiffPart } from '../core/index.ts';

export interface MatchView {
	/** Where it comes from: an open file, or an imported memory. */
	readonly origin: 'file' | 'memory';
	/** The open file's path, or the memory's name, for the list and for screen readers. */
	readonly from: string;
	/** The matched source and its translation (the translation is what Ctrl+1…3 insert). */
	readonly source: string;
	readonly translation: string;
	/** Word-level similarity of the sources, from 0.75 (the threshold) to 1. */
	readonly similarity: number;
	/**
	 * The word changes from this match's source to the current segment's source (`added`: words the
	 * current source has and the match lacks), or null when too different to diff: show it whole.
	 */
	readonly diff: readonly WordDiffPart[] | null;
}

/** The segment the matches are looked up for. */
export interface MatchQuery {
	readonly source: string;
	/** The target language of the current file (e.g. `de-DE`), or null when unknown. */
	readonly targetLocale: string | null;
	/** The segment itself, so an open file's own segment is not offered as its match. */
	readonly fileId: string;
	readonly segmentId: string;
}

export interface MatchSource {
	/**
	 * Read by the Matches list in an effect: a value that changes when the source's entries do
	 * (a memory imported or removed), so the list is looked up again. Absent: it never changes.
	 */
	readonly revision?: unknown;
	/** At most `limit` matches, best first. May run in a worker; must answer in well under 50 ms. */
	find(query: MatchQuery, limit: number): Promise<readonly MatchView[]>;
}
