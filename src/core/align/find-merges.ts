import type { AlignItem } from './align-item.ts';
import { normalizeSource } from './normalize-source.ts';

/**
 * One merged `p` segment and the run of consecutive segments it covers on the other side, as
 * half-open ranges of positions in the hunk's removed (A) and added (B) lists. One of the two
 * ranges always has length 1 (the `p` segment); the other has length 2 or more.
 */
export interface Merge {
	readonly aFrom: number;
	readonly aTo: number;
	readonly bFrom: number;
	readonly bTo: number;
}

/**
 * Finds one-to-many merges inside a changed hunk: a merged `p` segment (SXS-FORMAT.md §5.2) on
 * either side whose normalized source equals the sources of several consecutive segments on the
 * other side, joined by one space and normalized. Returns them in document order and never
 * crossing, so the gaps between them can be paired independently.
 *
 * A run of one segment is not a merge: equal single sources were already paired by the diff.
 */
export function findMerges(removed: readonly AlignItem[], added: readonly AlignItem[]): Merge[] {
	const candidates: Merge[] = [];
	removed.forEach((item, a) => {
		if (!item.segment.isMerged) return;
		for (const [bFrom, bTo] of findRuns(item.key, added)) {
			candidates.push({ aFrom: a, aTo: a + 1, bFrom, bTo });
		}
	});
	added.forEach((item, b) => {
		if (!item.segment.isMerged) return;
		for (const [aFrom, aTo] of findRuns(item.key, removed)) {
			candidates.push({ aFrom, aTo, bFrom: b, bTo: b + 1 });
		}
	});
	candidates.sort((x, y) => x.aFrom - y.aFrom || x.bFrom - y.bFrom);

	// Greedy in document order: keep a candidate only if it starts after the last kept one on both
	// sides. With real data there is at most one candidate per `p` segment, so greed loses nothing.
	const merges: Merge[] = [];
	let aEnd = 0;
	let bEnd = 0;
	for (const candidate of candidates) {
		if (candidate.aFrom < aEnd || candidate.bFrom < bEnd) continue;
		merges.push(candidate);
		aEnd = candidate.aTo;
		bEnd = candidate.bTo;
	}
	return merges;
}

/** Every run `[from, to)` of two or more items whose joined keys equal `target`. */
function findRuns(target: string, items: readonly AlignItem[]): Array<[number, number]> {
	const runs: Array<[number, number]> = [];
	for (let from = 0; from < items.length; from++) {
		let joined = items[from]?.key ?? '';
		// Cheap rejection: the run's text must be a prefix of the target all along.
		if (joined === '' || !target.startsWith(joined)) continue;
		for (let to = from + 1; to < items.length; to++) {
			joined = normalizeSource(`${joined} ${items[to]?.key ?? ''}`);
			if (joined === target) {
				runs.push([from, to + 1]);
				break;
			}
			if (!target.startsWith(joined)) break;
		}
	}
	return runs;
}
