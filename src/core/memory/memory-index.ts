import { splitWords, wordSimilarity } from '../align/word-similarity.ts';
import { diffWordsOf, type WordDiffPart } from '../diff/word-diff.ts';
import { MIN_MATCH_SIMILARITY } from '../review/find-matches.ts';

/** A source and its translation, as a memory holds them for one target language. */
export interface MemoryPair {
	readonly source: string;
	readonly target: string;
}

/**
 * The sources of one memory (one target language) as the word bags of `findMatches` (issue 10),
 * laid end to end in one typed array, plus an inverted index (word → entries holding it) so a
 * lookup reads only the entries that can reach the threshold, not all 100,000.
 */
export interface MemoryIndex {
	readonly vocabulary: ReadonlyMap<string, number>;
	/** Every entry's sorted word ids, entry after entry. */
	readonly words: Int32Array;
	/** Entry n's words are `words[starts[n]]` up to `words[starts[n + 1]]`. */
	readonly starts: Uint32Array;
	/** The entries holding word w are `postings[postingStarts[w]]` up to `postingStarts[w + 1]`. */
	readonly postings: Uint32Array;
	readonly postingStarts: Uint32Array;
	/** Distinct pairs with a translation, in first-occurrence order. */
	readonly pairs: readonly MemoryPair[];
}

/** A memory entry whose source is similar to the looked-up one. */
export interface MemoryMatch {
	readonly source: string;
	readonly translation: string;
	/** Dice over word multisets, as `findMatches`: from the threshold (0.75) to 1. */
	readonly similarity: number;
	/** Word changes from the entry's source to the looked-up source, or null when too different. */
	readonly diff: readonly WordDiffPart[] | null;
}

/** Indexes a memory's pairs for `findMemoryMatches`: repeated pairs once, empty targets left out. */
export function buildMemoryIndex(pairs: readonly MemoryPair[]): MemoryIndex {
	const seen = new Set<string>();
	const kept = pairs.filter((pair) => {
		const key = `${pair.source}\u0000${pair.target}`;
		if (pair.target.trim() === '' || seen.has(key)) return false;
		seen.add(key);
		return true;
	});
	const vocabulary = new Map<string, number>();
	const bags = kept.map((pair) => {
		const ids = splitWords(pair.source).map((word) => {
			let id = vocabulary.get(word);
			if (id === undefined) {
				id = vocabulary.size;
				vocabulary.set(word, id);
			}
			return id;
		});
		return Int32Array.from(ids).sort();
	});
	const starts = new Uint32Array(kept.length + 1);
	bags.forEach((bag, n) => (starts[n + 1] = (starts[n] ?? 0) + bag.length));
	const words = new Int32Array(starts[kept.length] ?? 0);
	bags.forEach((bag, n) => words.set(bag, starts[n]));
	const { postings, postingStarts } = invert(bags, vocabulary.size);
	return { vocabulary, words, starts, postings, postingStarts, pairs: kept };
}

/** Word → the entries holding it (each entry once per word), as two flat arrays. */
function invert(bags: readonly Int32Array[], wordCount: number) {
	const postingStarts = new Uint32Array(wordCount + 1);
	const eachDistinct = (bag: Int32Array, visit: (id: number) => void): void =>
		bag.forEach((id, i) => {
			if (i === 0 || bag[i - 1] !== id) visit(id);
		});
	for (const bag of bags)
		eachDistinct(bag, (id) => (postingStarts[id + 1] = (postingStarts[id + 1] ?? 0) + 1));
	for (let w = 0; w < wordCount; w++)
		postingStarts[w + 1] = (postingStarts[w + 1] ?? 0) + (postingStarts[w] ?? 0);
	const postings = new Uint32Array(postingStarts[wordCount] ?? 0);
	const filled = postingStarts.slice(0, wordCount);
	bags.forEach((bag, n) =>
		eachDistinct(bag, (id) => {
			const at = filled[id] ?? 0;
			postings[at] = n;
			filled[id] = at + 1;
		})
	);
	return { postings, postingStarts };
}

/**
 * The entries most similar to `source` (≥ `minSimilarity`, default 0.75), best first, at most
 * `limit`. Dice ≥ t needs at least t·|q| / (2 − t) of the query's words shared, so an entry that
 * holds none of the query's rarest words (enough of them that the rest fall short of that) cannot
 * match: only the entries of those words' postings are compared.
 */
export function findMemoryMatches(
	index: MemoryIndex,
	source: string,
	options: { readonly limit?: number; readonly minSimilarity?: number } = {}
): MemoryMatch[] {
	const threshold = options.minSimilarity ?? MIN_MATCH_SIMILARITY;
	const limit = options.limit ?? 3;
	let unseen = -1;
	const query = Int32Array.from(
		splitWords(source).map((word) => index.vocabulary.get(word) ?? unseen--)
	).sort();
	if (query.length === 0 || limit <= 0) return [];
	// Dice ≥ t also needs the shorter bag to hold at least t / (2 − t) of the longer one's words.
	const ratio = threshold / (2 - threshold);
	const [minLength, maxLength] = [query.length * ratio, query.length / ratio];
	const best: { n: number; similarity: number }[] = [];
	const consider = (n: number): void => {
		const start = index.starts[n] ?? 0;
		const end = index.starts[n + 1] ?? 0;
		if (end - start < minLength - 1e-9 || end - start > maxLength + 1e-9) return;
		const similarity = wordSimilarity(query, index.words.subarray(start, end));
		if (similarity < threshold) return;
		let at = best.length;
		while (at > 0 && isBetter(similarity, n, best[at - 1])) at--;
		if (at < limit) best.splice(at, 0, { n, similarity });
		if (best.length > limit) best.pop();
	};
	const isCandidate = candidates(index, query, threshold);
	for (let n = 0; n < isCandidate.length; n++) if (isCandidate[n] === 1) consider(n);
	return best.map(({ n, similarity }) => {
		const pair = index.pairs[n] ?? { source: '', target: '' };
		const diff = diffWordsOf(pair.source, source);
		return { source: pair.source, translation: pair.target, similarity, diff };
	});
}

function isBetter(
	similarity: number,
	n: number,
	other: { n: number; similarity: number } | undefined
): boolean {
	return (
		other !== undefined &&
		(similarity > other.similarity || (similarity === other.similarity && n < other.n))
	);
}

/** Marks (1) the entries that share one of the query's rarest words (see `findMemoryMatches`). */
function candidates(index: MemoryIndex, query: Int32Array, threshold: number): Uint8Array {
	// Tolerance: 0.6 × 5 must be 3, not 3.0000000000000004.
	const minShared = Math.ceil((threshold * query.length) / (2 - threshold) - 1e-9);
	const counts = new Map<number, number>();
	for (const id of query) counts.set(id, (counts.get(id) ?? 0) + 1);
	const postingLength = (id: number): number =>
		id < 0 ? 0 : (index.postingStarts[id + 1] ?? 0) - (index.postingStarts[id] ?? 0);
	const rarest = [...counts.keys()].sort((a, b) => postingLength(a) - postingLength(b));
	let needed = query.length - minShared + 1;
	const chosen = new Uint8Array(index.pairs.length);
	for (const id of rarest) {
		if (needed <= 0) break;
		if (id >= 0) {
			const start = index.postingStarts[id] ?? 0;
			const end = index.postingStarts[id + 1] ?? 0;
			for (let p = start; p < end; p++) chosen[index.postings[p] ?? 0] = 1;
		}
		needed -= counts.get(id) ?? 0;
	}
	return chosen;
}
