import type { VersionMerge } from '../core/index.ts';

/**
 * The merge report of the CLI contract (issue 9), field names and order as documented:
 * `carried`, `same`, `conflicts`, `new`, `dropped`, and `refused` (carried translations that
 * would have broken the markup, so theirs was kept; an extension, empty in practice).
 */
export function toMergeReport(merge: VersionMerge): object {
	return {
		carried: merge.carried.map(({ mine, theirs }) => ({ mine, theirs })),
		same: merge.same.map(({ mine, theirs }) => ({ mine, theirs })),
		conflicts: merge.conflicts.map((c) => ({
			kind: c.kind,
			mine: c.mine,
			theirs: c.theirs,
			base: c.base,
			mine_text: c.mineText,
			theirs_text: c.theirsText
		})),
		new: merge.added,
		dropped: merge.dropped.map(({ id, source, translation }) => ({ id, source, translation })),
		refused: merge.refused.map(({ mine, theirs, text, reason }) => ({ mine, theirs, text, reason }))
	};
}
