import type { AlignItem } from './align-item.ts';

/**
 * Fallback pairing for when the diff gave up (too many edits): pairs segments that have the same
 * number and the same normalized source, and nothing else. Numbers are unique within a file
 * (SXS-FORMAT.md §5.1), so this is a lookup by number, never by text, and a repeated heading
 * cannot pair with the wrong copy. Pairs are kept in order on both sides (never crossing).
 * Returns `[positionInA, positionInB]` tuples in order.
 */
export function pairByNumber(
	itemsA: readonly AlignItem[],
	itemsB: readonly AlignItem[]
): Array<[number, number]> {
	const byNumber = new Map<string, AlignItem>();
	for (const item of itemsB) {
		// A duplicated number is a broken file (the parser reports it); keep the first.
		if (!byNumber.has(item.segment.number)) byNumber.set(item.segment.number, item);
	}
	const pairs: Array<[number, number]> = [];
	let lastB = -1;
	for (const itemA of itemsA) {
		const itemB = byNumber.get(itemA.segment.number);
		if (itemB === undefined || itemB.key !== itemA.key || itemB.index <= lastB) continue;
		pairs.push([itemA.index, itemB.index]);
		lastB = itemB.index;
	}
	return pairs;
}
