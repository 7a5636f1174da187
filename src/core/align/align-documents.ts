import { diffArrays, type ArrayChange } from 'diff';
import type { Segment, SegmentId } from '../model/types.ts';
import type { AlignItem } from './align-item.ts';
import { normalizeSource } from './normalize-source.ts';
import { pairByNumber } from './pair-by-number.ts';
import { pairHunk } from './pair-hunk.ts';

/**
 * How two segments were paired:
 * - `id`: the same normalized source and the same number (`103` and `103`);
 * - `source`: the same normalized source under different numbers (renumbered between versions), or
 *   a merged `p` segment and one of the sentences it covers (one `p` id then appears in several pairs);
 * - `changed`: different sources similar enough to be one edited sentence.
 */
export type MatchKind = 'id' | 'source' | 'changed';

/** Two segments, one from each document, that hold the same sentence. */
export interface SegmentPair {
	readonly a: SegmentId;
	readonly b: SegmentId;
	readonly match: MatchKind;
}

/** The result of aligning document A with document B. */
export interface Alignment {
	/** Ordered by position in A, then in B. */
	readonly pairs: readonly SegmentPair[];
	/** Segments of A with no partner in B, in document order. */
	readonly onlyA: readonly SegmentId[];
	/** Segments of B with no partner in A, in document order. */
	readonly onlyB: readonly SegmentId[];
}

/**
 * Default bound on the diff: how many inserted plus removed segments it explores before giving up.
 * The cost grows with the square of this bound: giving up on two unrelated 5,000-segment documents
 * takes about 100 ms at 1,000 (and 270 ms at 2,000). A real revision or a pair of locales needs far
 * fewer edits (the most in the versions corpus is 70). A bigger rewrite falls back to pairing
 * by number (see alignDocuments) rather than stall the page.
 */
export const DEFAULT_MAX_EDIT_LENGTH = 1_000;

/**
 * Aligns the segments of two documents: two locales of one document, or two versions of one
 * document; ids, prefixes and numbers are never trusted on their own (SXS-FORMAT.md §5.3, §5.4):
 * the lists of normalized sources are sequence-aligned, equal sources pair as `id` or `source`,
 * and inside each changed stretch merged `p` segments and edited sentences are paired.
 * Repeated sources (the same heading twice) pair by their place in the sequence.
 *
 * The diff is bounded by `maxEditLength` rather than by a timeout, so the result depends on the
 * input alone. When the bound is hit, only segments with the same number and the same normalized
 * source are paired; the rest is reported unpaired.
 */
export function alignDocuments(
	a: readonly Segment[],
	b: readonly Segment[],
	options: { maxEditLength?: number } = {}
): Alignment {
	const itemsA = toItems(a);
	const itemsB = toItems(b);
	// Keys are plain strings, so jsdiff's default `===` is the comparator we want.
	const changes = diffArrays(
		itemsA.map((item) => item.key),
		itemsB.map((item) => item.key),
		{ maxEditLength: options.maxEditLength ?? DEFAULT_MAX_EDIT_LENGTH }
	);
	const pairs =
		changes === undefined
			? pairByNumber(itemsA, itemsB).map(([i, j]): IndexPair => ({ a: i, b: j, match: 'id' }))
			: pairBySequence(changes, itemsA, itemsB);
	return toAlignment(a, b, pairs);
}

/** A pair by document positions. */
interface IndexPair {
	readonly a: number;
	readonly b: number;
	readonly match: MatchKind;
}

function toItems(segments: readonly Segment[]): AlignItem[] {
	return segments.map((segment, index) => ({
		index,
		segment,
		key: normalizeSource(segment.source)
	}));
}

function matchOfEqual(a: AlignItem, b: AlignItem): MatchKind {
	return a.segment.number === b.segment.number ? 'id' : 'source';
}

/** Walks the diff: common runs pair one to one, and each stretch of changes goes to `pairHunk`. */
function pairBySequence(
	changes: readonly ArrayChange<string>[],
	itemsA: readonly AlignItem[],
	itemsB: readonly AlignItem[]
): IndexPair[] {
	const pairs: IndexPair[] = [];
	let removed: AlignItem[] = [];
	let added: AlignItem[] = [];
	let nextA = 0;
	let nextB = 0;
	const flushHunk = (): void => {
		if (removed.length > 0 && added.length > 0) {
			for (const pair of pairHunk(removed, added)) pairs.push(pair);
		}
		removed = [];
		added = [];
	};
	for (const change of changes) {
		if (change.removed) {
			// concat, not push(...): a change can hold thousands of segments.
			removed = removed.concat(itemsA.slice(nextA, nextA + change.count));
			nextA += change.count;
		} else if (change.added) {
			added = added.concat(itemsB.slice(nextB, nextB + change.count));
			nextB += change.count;
		} else {
			flushHunk();
			for (let k = 0; k < change.count; k++) {
				const itemA = itemsA[nextA + k];
				const itemB = itemsB[nextB + k];
				if (itemA && itemB)
					pairs.push({ a: itemA.index, b: itemB.index, match: matchOfEqual(itemA, itemB) });
			}
			nextA += change.count;
			nextB += change.count;
		}
	}
	flushHunk();
	return pairs;
}

function toAlignment(a: readonly Segment[], b: readonly Segment[], pairs: IndexPair[]): Alignment {
	pairs.sort((x, y) => x.a - y.a || x.b - y.b);
	const isPairedA = new Uint8Array(a.length);
	const isPairedB = new Uint8Array(b.length);
	const segmentPairs: SegmentPair[] = [];
	for (const pair of pairs) {
		const segmentA = a[pair.a];
		const segmentB = b[pair.b];
		if (segmentA === undefined || segmentB === undefined) continue;
		isPairedA[pair.a] = 1;
		isPairedB[pair.b] = 1;
		segmentPairs.push({ a: segmentA.id, b: segmentB.id, match: pair.match });
	}
	return {
		pairs: segmentPairs,
		onlyA: a.filter((_, index) => isPairedA[index] === 0).map((segment) => segment.id),
		onlyB: b.filter((_, index) => isPairedB[index] === 0).map((segment) => segment.id)
	};
}
