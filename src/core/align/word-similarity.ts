/**
 * Word-level similarity of two sources, used to decide whether a removed and an added segment are
 * one edited sentence or two unrelated ones.
 */

/**
 * The words of a source as a multiset: the ids of its words (lower-cased runs of letters and
 * digits) in ascending order, repeats kept. Ids come from a vocabulary shared by the bags that are
 * compared, so comparing two bags is a merge of two sorted integer lists, not string lookups: a
 * 500 × 500 hunk needs 250,000 comparisons.
 */
export type WordBag = Int32Array;

/**
 * Splits two lists of sources into word bags over one shared vocabulary. Markup (`**`, `[`, `](`,
 * `<br>` brackets) and punctuation separate words and are otherwise ignored: a sentence that only
 * gained a full stop or lost its bold is the same sentence to a translator. URL parts count as
 * words, so a changed link lowers the score.
 */
export function toWordBags(a: readonly string[], b: readonly string[]): [WordBag[], WordBag[]] {
	const vocabulary = new Map<string, number>();
	const toBag = (source: string): WordBag => {
		const ids: number[] = [];
		for (const word of splitWords(source)) {
			let id = vocabulary.get(word);
			if (id === undefined) {
				id = vocabulary.size;
				vocabulary.set(word, id);
			}
			ids.push(id);
		}
		return Int32Array.from(ids).sort();
	};
	return [a.map(toBag), b.map(toBag)];
}

/**
 * Dice coefficient of two word multisets: twice the shared word count over the total word count,
 * from 0 (no word in common) to 1 (the same words, in any order). Two sources without any word
 * (only punctuation or markup) score 0: there is nothing to call "the same sentence".
 */
export function wordSimilarity(a: WordBag, b: WordBag): number {
	if (a.length === 0 || b.length === 0) return 0;
	let shared = 0;
	let i = 0;
	let j = 0;
	while (i < a.length && j < b.length) {
		const x = a[i] ?? 0;
		const y = b[j] ?? 0;
		if (x === y) {
			shared++;
			i++;
			j++;
		} else if (x < y) i++;
		else j++;
	}
	return (2 * shared) / (a.length + b.length);
}

/** The words of a source as `toWordBags` counts them: lower-cased runs of letters and digits. */
export function splitWords(source: string): string[] {
	// `match` then a per-word lower-casing: several times faster than `matchAll`, and the same words.
	return (source.match(WORD) ?? []).map((word) => word.toLowerCase());
}

const WORD = /[\p{L}\p{N}]+/gu;
