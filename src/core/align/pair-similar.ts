import type { AlignItem } from './align-item.ts';
import { toWordBags, wordSimilarity, type WordBag } from './word-similarity.ts';

/**
 * Word similarity (Dice, 0 to 1) from which a removed and an added segment count as one edited
 * sentence. Chosen on the versions corpus: real edits there score 0.56 to 1 (rewordings such as
 * "Find and select the app you want to manage." / "On the **Products** tab, in the **Apps**
 * section, find the app that you want to manage." score 0.56), rewritten examples and instructions
 * 0.46 to 0.48, and unrelated sentences of one hunk 0.38 at most ("EF Core on .NET Framework with
 * a new database" / "Entity Framework Core tools reference - .NET CLI"). 0.45 sits in between, and
 * also keeps apart two short sentences that share one word ("Select **Save**." against a
 * three-word "Select ..." scores 0.4).
 */
export const MIN_SIMILARITY = 0.45;

/**
 * Lower bar when both segments carry the same number. Across locales a sentence has the same
 * number in every file (SXS-FORMAT.md §5.3), and the known source differences there are a locale in
 * a URL or a link included in one locale's segment only: the URL's words can pull an unchanged
 * sentence below 0.45 (4 words against 17 scores 0.38). Across versions numbers shift, so this only
 * helps a sentence that kept its place. One shared word among seven or more stays below 0.3.
 */
export const MIN_SIMILARITY_SAME_NUMBER = 0.3;

/**
 * Above this many removed × added combinations a hunk is a rewrite, not an edit: pairing is
 * skipped and every segment of it stays unpaired. At the limit (500 × 500) pairing takes about
 * 10 ms; past it, time grows with the square of the hunk.
 */
export const MAX_PAIRING_CELLS = 250_000;

/**
 * Pairs removed and added segments of one changed stretch as edited sentences: the monotone
 * (never crossing) set of pairs, each above the similarity bar, with the largest total similarity.
 * Returns `[removedPosition, addedPosition]` tuples in order.
 */
export function pairSimilar(
	removed: readonly AlignItem[],
	added: readonly AlignItem[]
): Array<[number, number]> {
	const n = removed.length;
	const m = added.length;
	if (n === 0 || m === 0 || n * m > MAX_PAIRING_CELLS) return [];
	const [bagsA, bagsB] = toWordBags(
		removed.map((item) => item.key),
		added.map((item) => item.key)
	);

	// best[(i+1)*(m+1)+(j+1)]: best total similarity pairing removed[0..i] with added[0..j].
	const best = new Float64Array((n + 1) * (m + 1));
	const width = m + 1;
	for (let i = 0; i < n; i++) {
		for (let j = 0; j < m; j++) {
			const s = similarityIfPaired(removed[i], added[j], bagsA[i], bagsB[j]);
			const skip = Math.max(best[i * width + j + 1] ?? 0, best[(i + 1) * width + j] ?? 0);
			const take = s > 0 ? (best[i * width + j] ?? 0) + s : 0;
			best[(i + 1) * width + j + 1] = Math.max(skip, take);
		}
	}

	const pairs: Array<[number, number]> = [];
	let i = n;
	let j = m;
	while (i > 0 && j > 0) {
		const here = best[i * width + j] ?? 0;
		if (here === (best[(i - 1) * width + j] ?? 0)) i--;
		else if (here === (best[i * width + j - 1] ?? 0)) j--;
		else {
			pairs.push([i - 1, j - 1]);
			i--;
			j--;
		}
	}
	return pairs.reverse();
}

/** The pair's similarity if it clears the bar for its numbers, else 0 (may not pair). */
function similarityIfPaired(
	a: AlignItem | undefined,
	b: AlignItem | undefined,
	bagA: WordBag | undefined,
	bagB: WordBag | undefined
): number {
	if (a === undefined || b === undefined || bagA === undefined || bagB === undefined) return 0;
	const similarity = wordSimilarity(bagA, bagB);
	const bar = a.segment.number === b.segment.number ? MIN_SIMILARITY_SAME_NUMBER : MIN_SIMILARITY;
	return similarity >= bar ? similarity : 0;
}
