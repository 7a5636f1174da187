import { diffWords, type ChangeObject } from 'diff';
import { splitWords, wordSimilarity, type WordBag } from '../align/word-similarity.ts';
import { currentTranslation, type ReviewFile, type SegmentRef } from './review-file.ts';

/** The sources of the open files as word bags over one vocabulary, built once for many lookups. */
export interface MatchIndex {
	readonly vocabulary: ReadonlyMap<string, number>;
	readonly bags: readonly WordBag[];
	readonly refs: readonly SegmentRef[];
	readonly sources: readonly string[];
	readonly translations: readonly string[];
}

/** A similar source among the open files, with its translation. */
export interface FuzzyMatch extends SegmentRef {
	readonly source: string;
	readonly translation: string;
	/** Word-level similarity (Dice over word multisets) to the looked-up source, 0.75 to 1. */
	readonly similarity: number;
	/**
	 * jsdiff word changes from this match's source to the looked-up source (`added`: words the
	 * current segment has and the match lacks), or null when the diff was too large to compute.
	 */
	readonly diff: readonly ChangeObject<string>[] | null;
}

/** The threshold of issue 10: below 75% a match costs more to fix than to translate. */
export const MIN_MATCH_SIMILARITY = 0.75;
/** Word-diff bound per match (jsdiff `maxEditLength`): a matches list must not stall on a huge segment. */
const MAX_DIFF_EDIT_LENGTH = 200;

/** Indexes the sources (and current translations) of the open files for `findMatches`. */
export function buildMatchIndex(files: readonly ReviewFile[]): MatchIndex {
	const vocabulary = new Map<string, number>();
	const bags: WordBag[] = [];
	const refs: SegmentRef[] = [];
	const sources: string[] = [];
	const translations: string[] = [];
	for (const file of files) {
		file.segments.forEach((segment, segmentIndex) => {
			const ids = splitWords(segment.source).map((word) => {
				let id = vocabulary.get(word);
				if (id === undefined) {
					id = vocabulary.size;
					vocabulary.set(word, id);
				}
				return id;
			});
			bags.push(Int32Array.from(ids).sort());
			refs.push({ file: file.file, segmentIndex, segmentId: segment.id });
			sources.push(segment.source);
			translations.push(currentTranslation(file, segment));
		});
	}
	return { vocabulary, bags, refs, sources, translations };
}

/**
 * The sources most similar to `source` (≥ `minSimilarity`), best first, at most `limit`, with
 * their translations and a word diff of the sources. The segment `exclude` (the current one) is
 * left out, and so is an empty translation; of several matches with the same source and
 * translation only the first is kept.
 */
export function findMatches(
	index: MatchIndex,
	source: string,
	options: {
		readonly exclude?: SegmentRef;
		readonly limit?: number;
		readonly minSimilarity?: number;
	} = {}
): FuzzyMatch[] {
	const threshold = options.minSimilarity ?? MIN_MATCH_SIMILARITY;
	const query = toQueryBag(index.vocabulary, source);
	if (query.length === 0) return [];
	// Dice ≥ t needs the shorter bag to hold at least t / (2 - t) of the longer one's words.
	const ratio = threshold / (2 - threshold);
	const found: { n: number; similarity: number }[] = [];
	index.bags.forEach((bag, n) => {
		const shorter = Math.min(bag.length, query.length);
		const longer = Math.max(bag.length, query.length);
		if (shorter < longer * ratio) return;
		const similarity = wordSimilarity(query, bag);
		if (similarity >= threshold) found.push({ n, similarity });
	});
	found.sort((a, b) => b.similarity - a.similarity || a.n - b.n);
	const exclude = options.exclude;
	const seen = new Set<string>();
	const matches: FuzzyMatch[] = [];
	for (const { n, similarity } of found) {
		if (matches.length >= (options.limit ?? 3)) break;
		const ref = index.refs[n];
		const translation = index.translations[n] ?? '';
		const matchSource = index.sources[n] ?? '';
		if (!ref || translation.trim() === '') continue;
		if (exclude && ref.file === exclude.file && ref.segmentIndex === exclude.segmentIndex) continue;
		const key = `${matchSource}\u0000${translation}`;
		if (seen.has(key)) continue;
		seen.add(key);
		const diff = diffWords(matchSource, source, { maxEditLength: MAX_DIFF_EDIT_LENGTH }) ?? null;
		matches.push({ ...ref, source: matchSource, translation, similarity, diff });
	}
	return matches;
}

/** The looked-up source's bag; a word the index has never seen gets an id no bag holds. */
function toQueryBag(vocabulary: ReadonlyMap<string, number>, source: string): WordBag {
	let unseen = -1;
	const ids = splitWords(source).map((word) => vocabulary.get(word) ?? unseen--);
	return Int32Array.from(ids).sort();
}
