import { splitWords, wordSimilarity } from '../align/word-similarity.ts';
import { diffWordsOf, type WordDiffPart } from '../diff/word-diff.ts';
import { MIN_MATCH_SIMILARITY } from '../review/find-matches.ts';

/** A source and its translation, as a memory holds them for one target language. */
export interface MemoryPair {
	readonly source: string;
	readonly target: string;
}

/**
 * The sources of one memory (one target language) as word bags over one vocabulary: the bags of
 * `findMatches` (issue 10), laid end to end in one typed array so a scan over 100,000 entries
 * touches contiguous memory instead of 100,000 small arrays.
 */
export interface MemoryIndex {
	readonly vocabulary: ReadonlyMap<string, number>;
	/** Every entry's sorted word ids, entry after entry. */
	readonly words: Int32Array;
	/** Entry n's words are `words[starts[n]]` up to `words[starts[n + 1]]`. */
	readonly starts: Uint32Array;
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

/** Indexes a memory's pairs for `findMemoryMatches`; pairs with an empty target are left out. */
export function buildMemoryIndex(pairs: readonly MemoryPair[]): MemoryIndex {
	const vocabulary = new Map<string, number>();
	const kept = pairs.filter((pair) => pair.target.trim() !== '');
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
	return { vocabulary, words, starts, pairs: kept };
}

/**
 * The entries most similar to `source` (≥ `minSimilarity`, default 0.75), best first, at most
 * `limit`; of several entries with the same source and translation only the first is kept. A
 * linear scan with the length bound of `findMatches`: ~100,000 entries in a few milliseconds.
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
	// Dice ≥ t needs the shorter bag to hold at least t / (2 - t) of the longer one's words.
	const ratio = threshold / (2 - threshold);
	const minLength = Math.ceil(query.length * ratio);
	const maxLength = Math.floor(query.length / ratio);
	const found: { n: number; similarity: number }[] = [];
	const { words, starts } = index;
	for (let n = 0; n < index.pairs.length; n++) {
		const start = starts[n] ?? 0;
		const end = starts[n + 1] ?? 0;
		const length = end - start;
		if (length < minLength || length > maxLength) continue;
		const similarity = wordSimilarity(query, words.subarray(start, end));
		if (similarity >= threshold) found.push({ n, similarity });
	}
	found.sort((a, b) => b.similarity - a.similarity || a.n - b.n);
	const seen = new Set<string>();
	const matches: MemoryMatch[] = [];
	for (const { n, similarity } of found) {
		if (matches.length >= limit) break;
		const pair = index.pairs[n];
		if (!pair) continue;
		const key = `${pair.source}\u0000${pair.target}`;
		if (seen.has(key)) continue;
		seen.add(key);
		const diff = diffWordsOf(pair.source, source);
		matches.push({ source: pair.source, translation: pair.target, similarity, diff });
	}
	return matches;
}
