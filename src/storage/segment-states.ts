/**
 * Segment states (issue 10: a segment the translator confirmed) are stored inside the file's
 * edits record, beside the edited texts, under keys no segment id can have: `~confirmed:<id>`.
 * So a confirmation is saved, merged between tabs and backed up exactly like an edit, by the
 * same per-segment three-way merge, and a locdiff that knows no states reads them as edits of
 * segments that do not exist, which it never shows or exports. Only storage sees these keys.
 */
import type { Reconciled, SegmentConflict } from '../core/index.ts';

const CONFIRMED_PREFIX = '~confirmed:';

/** The stored key of a segment's confirmation. */
export function confirmedKey(segmentId: string): string {
	return CONFIRMED_PREFIX + segmentId;
}

/** A stored edits map, split into the edited texts and the confirmed segment ids. */
export function splitStates(stored: ReadonlyMap<string, string>): {
	edits: Map<string, string>;
	confirmed: Set<string>;
} {
	const edits = new Map<string, string>();
	const confirmed = new Set<string>();
	for (const [key, text] of stored) {
		if (key.startsWith(CONFIRMED_PREFIX)) confirmed.add(key.slice(CONFIRMED_PREFIX.length));
		else edits.set(key, text);
	}
	return { edits, confirmed };
}

/** Edited texts and confirmations as one stored edits map. */
export function joinStates(
	edits: ReadonlyMap<string, string>,
	confirmed: ReadonlySet<string>
): Map<string, string> {
	const joined = new Map(edits);
	for (const segmentId of confirmed) joined.set(confirmedKey(segmentId), '1');
	return joined;
}

/** Another tab's changes for this tab, with states apart from texts. */
export interface ReconciledFile {
	/** Segments whose text another tab changed (null: back to the original). */
	readonly texts: ReadonlyMap<string, string | null>;
	/** Segments another tab confirmed (true) or unconfirmed (false). */
	readonly confirmed: ReadonlyMap<string, boolean>;
	/** Text conflicts only: a state conflict is settled for this tab's state (see store). */
	readonly conflicts: readonly SegmentConflict[];
	/** State keys that conflicted; the store keeps this tab's state for them. */
	readonly stateConflicts: readonly string[];
}

export function splitReconciled(reconciled: Reconciled): ReconciledFile {
	const texts = new Map<string, string | null>();
	const confirmed = new Map<string, boolean>();
	for (const [key, text] of reconciled.remote) {
		if (key.startsWith(CONFIRMED_PREFIX))
			confirmed.set(key.slice(CONFIRMED_PREFIX.length), text !== null);
		else texts.set(key, text);
	}
	const isState = (conflict: SegmentConflict): boolean =>
		conflict.segmentId.startsWith(CONFIRMED_PREFIX);
	return {
		texts,
		confirmed,
		conflicts: reconciled.conflicts.filter((conflict) => !isState(conflict)),
		stateConflicts: reconciled.conflicts.filter(isState).map((conflict) => conflict.segmentId)
	};
}
