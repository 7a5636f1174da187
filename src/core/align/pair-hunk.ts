import type { AlignItem } from './align-item.ts';
import { findMerges } from './find-merges.ts';
import { pairSimilar } from './pair-similar.ts';

/** A pair found inside a hunk, by document positions. */
export interface HunkPair {
	readonly a: number;
	readonly b: number;
	/** `source` for a merged `p` segment and one of the sentences it covers, else `changed`. */
	readonly match: 'source' | 'changed';
}

/**
 * Pairs the segments of one changed hunk (the A segments the diff removed and the B segments it
 * added between two unchanged stretches). Merges come first because they are exact: a `p` segment
 * is paired with each sentence it covers. The stretches between merges are then paired as edited
 * sentences when similar enough. Everything else stays unpaired. Pairs come back in order.
 */
export function pairHunk(removed: readonly AlignItem[], added: readonly AlignItem[]): HunkPair[] {
	const pairs: HunkPair[] = [];
	let aFrom = 0;
	let bFrom = 0;
	const pairGap = (aTo: number, bTo: number): void => {
		const gapA = removed.slice(aFrom, aTo);
		const gapB = added.slice(bFrom, bTo);
		for (const [i, j] of pairSimilar(gapA, gapB)) {
			pairs.push({ a: itemAt(gapA, i).index, b: itemAt(gapB, j).index, match: 'changed' });
		}
	};
	for (const merge of findMerges(removed, added)) {
		pairGap(merge.aFrom, merge.bFrom);
		for (let i = merge.aFrom; i < merge.aTo; i++) {
			for (let j = merge.bFrom; j < merge.bTo; j++) {
				pairs.push({ a: itemAt(removed, i).index, b: itemAt(added, j).index, match: 'source' });
			}
		}
		aFrom = merge.aTo;
		bFrom = merge.bTo;
	}
	pairGap(removed.length, added.length);
	return pairs;
}

/** Indexed read for positions the caller computed from the same list. */
function itemAt(items: readonly AlignItem[], position: number): AlignItem {
	const item = items[position];
	if (item === undefined) throw new Error(`pairHunk: position ${position} out of range`);
	return item;
}
