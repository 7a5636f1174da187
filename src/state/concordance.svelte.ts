/**
 * The Concordance (issue 10, Xbench's core feature): every segment of the open files whose
 * source, translation or both hold a term, listed by file and segment with the term's places in
 * both texts. The search runs in the review worker on a prebuilt index (100,000 segments well
 * within 100 ms); an invalid or empty term is a message, never an exception.
 */
import type { SearchField } from '../core/index.ts';
import type { ConcordanceHit, ReviewIndex } from '../worker/index.ts';

/** What Search in offers. */
export type ConcordanceScope = 'both' | 'source' | 'translation';

/** At most this many segments are listed (the count says how many there are). */
const LISTED_SEGMENTS = 300;

const FIELDS: Record<ConcordanceScope, readonly SearchField[]> = {
	both: ['source', 'translation'],
	source: ['source'],
	translation: ['translation']
};

export class Concordance {
	text = $state('');
	scope = $state<ConcordanceScope>('both');
	matchCase = $state(false);
	hits = $state.raw<readonly ConcordanceHit[]>([]);
	/** Segments found, listed or not. */
	segmentCount = $state(0);
	isTruncated = $state(false);
	error = $state<string | null>(null);
	/** How long the last search took in the worker, in ms. */
	lastMs = $state<number | null>(null);
	#searchCount = 0;

	constructor(private readonly index: ReviewIndex) {}

	/** Searches for `text` as the options say; a newer search's answer wins. */
	async search(): Promise<void> {
		const search = ++this.#searchCount;
		if (this.text.trim() === '') {
			this.#show([], 0, false, null, null);
			return;
		}
		const query = { text: this.text, isRegex: false, matchCase: this.matchCase, wholeWord: false };
		const answer = await this.index.concordance(query, FIELDS[this.scope], LISTED_SEGMENTS);
		if (search !== this.#searchCount) return;
		if (!answer.ok) this.#show([], 0, false, answer.error, null);
		else this.#show(answer.hits, answer.segmentCount, answer.isTruncated, null, answer.ms);
	}

	#show(
		hits: readonly ConcordanceHit[],
		count: number,
		isTruncated: boolean,
		error: string | null,
		ms: number | null
	): void {
		this.hits = hits;
		this.segmentCount = count;
		this.isTruncated = isTruncated;
		this.error = error;
		this.lastMs = ms;
	}
}
