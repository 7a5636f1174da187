import type { Alignment, MatchKind } from '../align/align-documents.ts';
import type { Segment } from '../model/types.ts';

/**
 * Segments of base and theirs that hold the same sentences: one and one, one merged `p` segment of
 * theirs and the several of base it covers, or one `p` segment of base that theirs split up.
 * Positions, not ids, so that the caller reads segments directly.
 */
export interface AlignedGroup {
	/** Positions in base, in document order. */
	readonly base: readonly number[];
	/** Positions in theirs, in document order. */
	readonly theirs: readonly number[];
	/** The match of the group's pairs (`changed` only ever pairs one with one). */
	readonly match: MatchKind;
}

/**
 * Groups the pairs of an alignment of base with theirs. `alignDocuments` sorts its pairs by
 * position in base and then in theirs, and a `p` segment's pairs are consecutive, so a pair that
 * shares its base or its theirs segment with the previous pair belongs to the same group.
 */
export function groupPairs(
	alignment: Alignment,
	base: readonly Segment[],
	theirs: readonly Segment[]
): AlignedGroup[] {
	const baseAt = positionsById(base);
	const theirsAt = positionsById(theirs);
	const groups: { base: number[]; theirs: number[]; match: MatchKind }[] = [];
	let last: { a: string; b: string } | null = null;
	for (const pair of alignment.pairs) {
		const i = baseAt.get(pair.a);
		const j = theirsAt.get(pair.b);
		if (i === undefined || j === undefined) continue;
		const current = groups.at(-1);
		if (current && last && (last.a === pair.a || last.b === pair.b)) {
			if (!current.base.includes(i)) current.base.push(i);
			if (!current.theirs.includes(j)) current.theirs.push(j);
		} else {
			groups.push({ base: [i], theirs: [j], match: pair.match });
		}
		last = pair;
	}
	return groups;
}

/** Position of each id; a duplicated id (a broken file, reported by the parser) keeps its first. */
function positionsById(segments: readonly Segment[]): Map<string, number> {
	const positions = new Map<string, number>();
	segments.forEach((segment, index) => {
		if (!positions.has(segment.id)) positions.set(segment.id, index);
	});
	return positions;
}
