import type { Segment, SegmentId } from '../model/types.ts';
import type { AlignedGroup } from './group-pairs.ts';
import { cutTranslation } from './cut-translation.ts';
import { findJoiner, joinTranslations } from './join-translations.ts';
import type { ConflictKind, MergeConflict, MergePair } from './merge-model.ts';

/** What becomes of my edits in one aligned group. */
export type GroupOutcome =
	| { readonly kind: 'unedited' }
	| { readonly kind: 'same'; readonly pairs: readonly MergePair[] }
	| {
			readonly kind: 'carried';
			readonly pairs: readonly MergePair[];
			/** The segment of theirs that receives `text`. */
			readonly theirs: SegmentId;
			readonly text: string;
	  }
	| { readonly kind: 'conflicts'; readonly conflicts: readonly MergeConflict[] };

/** The three files' segments, by position (base and mine share positions). */
export interface MergeSides {
	readonly base: readonly Segment[];
	readonly mine: readonly Segment[];
	readonly theirs: readonly Segment[];
}

/**
 * Decides one group by the rules of issue 9. One with one: theirs holds mine → same; else an
 * edited source (a `changed` pair) → source-changed; theirs kept base → carried; else both-changed.
 * A `p` segment of theirs covering several of mine: carried only when its translation is exactly
 * the base translations joined (by a space or by nothing), and it then gets mine joined the same
 * way; else both-changed for each edited partner. A `p` segment of mine that theirs split: my
 * translation may not fit the new sentences, so it is source-changed for each piece (unless
 * theirs' pieces joined already equal it: same), and each piece's Take mine is its part of my
 * translation (`cutTranslation`), so taking mine everywhere writes it once. Only edited segments
 * of mine give entries.
 */
export function decideGroup(group: AlignedGroup, sides: MergeSides): GroupOutcome {
	const edited = group.base.filter(
		(i) => translationAt(sides.mine, i) !== translationAt(sides.base, i)
	);
	if (edited.length === 0) return { kind: 'unedited' };
	const mineTexts = group.base.map((i) => translationAt(sides.mine, i));
	const theirsTexts = group.theirs.map((j) => translationAt(sides.theirs, j));
	const pairsOf = (bases: readonly number[]): MergePair[] =>
		bases.flatMap((i) =>
			group.theirs.map((j) => ({
				mine: segmentAt(sides.base, i).id,
				theirs: segmentAt(sides.theirs, j).id
			}))
		);
	const conflicts = (kind: ConflictKind, takeMineText: (i: number) => string): GroupOutcome => ({
		kind: 'conflicts',
		conflicts: edited.flatMap((i) =>
			group.theirs.map((j) => toConflict(kind, i, j, sides, takeMineText(i)))
		)
	});

	const [onlyTheirs] = group.theirs;
	if (group.theirs.length === 1 && onlyTheirs !== undefined) {
		const theirsText = theirsTexts[0] ?? '';
		if (findJoiner(mineTexts, theirsText) !== null) return { kind: 'same', pairs: pairsOf(edited) };
		if (group.match === 'changed') {
			return conflicts('source-changed', (i) => translationAt(sides.mine, i));
		}
		const joiner = findJoiner(
			group.base.map((i) => translationAt(sides.base, i)),
			theirsText
		);
		if (joiner !== null) {
			return {
				kind: 'carried',
				pairs: pairsOf(edited),
				theirs: segmentAt(sides.theirs, onlyTheirs).id,
				text: mineTexts.join(joiner)
			};
		}
		const takeMine = joinTranslations(mineTexts);
		return conflicts('both-changed', () => takeMine);
	}
	// One `p` segment of mine, split into several in theirs.
	const [mineText = ''] = mineTexts;
	if (findJoiner(theirsTexts, mineText) !== null) return { kind: 'same', pairs: pairsOf(edited) };
	const cut = cutTranslation(mineText, group.theirs.length);
	return {
		kind: 'conflicts',
		conflicts: edited.flatMap((i) =>
			group.theirs.map((j, piece) => toConflict('source-changed', i, j, sides, cut[piece] ?? ''))
		)
	};
}

function toConflict(
	kind: ConflictKind,
	i: number,
	j: number,
	sides: MergeSides,
	takeMineText: string
): MergeConflict {
	const base = segmentAt(sides.base, i);
	const theirs = segmentAt(sides.theirs, j);
	return {
		kind,
		mine: base.id,
		theirs: theirs.id,
		base: base.translation,
		mineText: translationAt(sides.mine, i),
		theirsText: theirs.translation,
		baseSource: base.source,
		theirsSource: theirs.source,
		takeMineText
	};
}

function translationAt(segments: readonly Segment[], index: number): string {
	return segmentAt(segments, index).translation;
}

/** Indexed read for positions taken from the same lists. */
function segmentAt(segments: readonly Segment[], index: number): Segment {
	const segment = segments[index];
	if (segment === undefined) throw new Error(`decideGroup: position ${index} out of range`);
	return segment;
}
