import { alignDocuments } from '../align/align-documents.ts';
import type { SxsDocument } from '../model/types.ts';
import { serializeSxs } from '../sxs/serialize.ts';
import { checkSameSegments } from './check-same-segments.ts';
import { decideGroup, type MergeSides } from './decide-group.ts';
import { groupPairs } from './group-pairs.ts';
import type {
	DroppedSegment,
	MergeConflict,
	MergePair,
	MergeResult,
	RefusedCarry
} from './merge-model.ts';

/**
 * Three-way merge of a translator's work onto another version (issue 9). `base` is the version
 * the translator started from, `mine` is base with the translator's edits (same segments, ids and
 * sources, else the result is an error), `theirs` is a regenerated version or a colleague's
 * edited copy of base. base and theirs are aligned by source (`alignDocuments`), base and mine
 * by position. Each edited segment of mine is carried, same, a conflict, dropped or (rarely)
 * refused; see `VersionMerge` and `decideGroup` for the rules. The merged text is theirs with the
 * carried translations spliced in by `serializeSxs`, byte for byte everywhere else; conflicts
 * keep theirs until resolved (`writeMerge`).
 */
export function mergeVersions(
	base: SxsDocument,
	mine: SxsDocument,
	theirs: SxsDocument
): MergeResult {
	const mismatch = checkSameSegments(base, mine);
	if (mismatch !== null) return { ok: false, error: mismatch };
	const sides: MergeSides = { base: base.segments, mine: mine.segments, theirs: theirs.segments };
	const alignment = alignDocuments(base.segments, theirs.segments);
	const carried: MergePair[] = [];
	const same: MergePair[] = [];
	const conflicts: MergeConflict[] = [];
	const edits = new Map<string, string>();
	const carriedPairs = new Map<string, readonly MergePair[]>();
	for (const group of groupPairs(alignment, base.segments, theirs.segments)) {
		const outcome = decideGroup(group, sides);
		if (outcome.kind === 'same') same.push(...outcome.pairs);
		else if (outcome.kind === 'conflicts') conflicts.push(...outcome.conflicts);
		else if (outcome.kind === 'carried') {
			edits.set(outcome.theirs, outcome.text);
			carriedPairs.set(outcome.theirs, outcome.pairs);
		}
	}
	const written = serializeSxs(theirs, edits);
	const refused: RefusedCarry[] = [];
	for (const { id, reason } of written.refused) {
		for (const pair of carriedPairs.get(id) ?? []) {
			refused.push({ ...pair, text: edits.get(id) ?? '', reason });
		}
		edits.delete(id);
	}
	// Map order is group order, which is base order.
	for (const [id, pairs] of carriedPairs) if (edits.has(id)) carried.push(...pairs);
	return {
		ok: true,
		merge: {
			carried,
			same,
			conflicts,
			added: alignment.onlyB,
			dropped: findDropped(alignment.onlyA, base, mine),
			refused,
			carriedEdits: edits,
			text: written.text
		}
	};
}

/** Edited segments of base that theirs has no partner for. */
function findDropped(
	onlyBase: readonly string[],
	base: SxsDocument,
	mine: SxsDocument
): DroppedSegment[] {
	const gone = new Set(onlyBase);
	return base.segments.flatMap((segment, i) => {
		const translation = mine.segments[i]?.translation ?? segment.translation;
		if (!gone.has(segment.id) || translation === segment.translation) return [];
		return [{ id: segment.id, source: segment.source, translation }];
	});
}
