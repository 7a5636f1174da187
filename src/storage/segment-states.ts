/**
 * Segment states (issue 10: a segment the translator confirmed) are stored inside the file's
 * edits record, beside the edited texts, under keys no segment id can have: `~confirmed:<id>`.
 * So a confirmation is saved, merged between tabs and backed up exactly like an edit, by the
 * same per-segment three-way merge, and a locdiff that knows no states reads them as edits of
 * segments that do not exist, which it never shows or exports. Only storage sees these keys.
 * Dismissed QA problems (issue 10) are kept the same way, as `~dismissed:<problem key>`: a
 * dismissal survives reloads and syncs between tabs like a confirmation.
 * A draft (issue 13.6: a translation the core refuses, kept as typed) is `~draft:<id>` → text:
 * saved and synced like an edit, but never an edit, so no export ever sees it.
 */
import type { Reconciled, SegmentConflict } from '../core/index.ts';

const CONFIRMED_PREFIX = '~confirmed:';
const DISMISSED_PREFIX = '~dismissed:';
const DRAFT_PREFIX = '~draft:';

/** The stored key of a segment's confirmation. */
export function confirmedKey(segmentId: string): string {
	return CONFIRMED_PREFIX + segmentId;
}

/** The stored key of a dismissed QA problem (its dismissal key). */
export function dismissedKey(problemKey: string): string {
	return DISMISSED_PREFIX + problemKey;
}

/** The stored key of a segment's draft (a translation kept as typed though refused). */
export function draftKey(segmentId: string): string {
	return DRAFT_PREFIX + segmentId;
}

/** A stored edits map, split into the edited texts, confirmed segment ids, dismissals and drafts. */
export function splitStates(stored: ReadonlyMap<string, string>): {
	edits: Map<string, string>;
	confirmed: Set<string>;
	dismissed: Set<string>;
	drafts: Map<string, string>;
} {
	const edits = new Map<string, string>();
	const confirmed = new Set<string>();
	const dismissed = new Set<string>();
	const drafts = new Map<string, string>();
	for (const [key, text] of stored) {
		if (key.startsWith(CONFIRMED_PREFIX)) confirmed.add(key.slice(CONFIRMED_PREFIX.length));
		else if (key.startsWith(DISMISSED_PREFIX)) dismissed.add(key.slice(DISMISSED_PREFIX.length));
		else if (key.startsWith(DRAFT_PREFIX)) drafts.set(key.slice(DRAFT_PREFIX.length), text);
		else edits.set(key, text);
	}
	return { edits, confirmed, dismissed, drafts };
}

/** Edited texts, confirmations and dismissals as one stored edits map. */
export function joinStates(
	edits: ReadonlyMap<string, string>,
	confirmed: ReadonlySet<string>,
	dismissed: ReadonlySet<string> = new Set(),
	drafts: ReadonlyMap<string, string> = new Map()
): Map<string, string> {
	const joined = new Map(edits);
	for (const segmentId of confirmed) joined.set(confirmedKey(segmentId), '1');
	for (const key of dismissed) joined.set(dismissedKey(key), '1');
	for (const [segmentId, text] of drafts) joined.set(draftKey(segmentId), text);
	return joined;
}

/** Another tab's changes for this tab, with states apart from texts. */
export interface ReconciledFile {
	/** Segments whose text another tab changed (null: back to the original). */
	readonly texts: ReadonlyMap<string, string | null>;
	/** Segments another tab confirmed (true) or unconfirmed (false). */
	readonly confirmed: ReadonlyMap<string, boolean>;
	/** Problems another tab dismissed (true) or brought back (false). */
	readonly dismissed: ReadonlyMap<string, boolean>;
	/** Drafts another tab typed (null: that segment's draft is gone). */
	readonly drafts: ReadonlyMap<string, string | null>;
	/** Text conflicts only: a state conflict is settled for this tab's state (see store). */
	readonly conflicts: readonly SegmentConflict[];
	/** State keys that conflicted; the store keeps this tab's state for them. */
	readonly stateConflicts: readonly string[];
}

export function splitReconciled(reconciled: Reconciled): ReconciledFile {
	const texts = new Map<string, string | null>();
	const confirmed = new Map<string, boolean>();
	const dismissed = new Map<string, boolean>();
	const drafts = new Map<string, string | null>();
	for (const [key, text] of reconciled.remote) {
		if (key.startsWith(CONFIRMED_PREFIX))
			confirmed.set(key.slice(CONFIRMED_PREFIX.length), text !== null);
		else if (key.startsWith(DISMISSED_PREFIX))
			dismissed.set(key.slice(DISMISSED_PREFIX.length), text !== null);
		else if (key.startsWith(DRAFT_PREFIX)) drafts.set(key.slice(DRAFT_PREFIX.length), text);
		else texts.set(key, text);
	}
	const isState = (conflict: SegmentConflict): boolean =>
		conflict.segmentId.startsWith(CONFIRMED_PREFIX) ||
		conflict.segmentId.startsWith(DISMISSED_PREFIX) ||
		conflict.segmentId.startsWith(DRAFT_PREFIX);
	return {
		texts,
		confirmed,
		dismissed,
		drafts,
		conflicts: reconciled.conflicts.filter((conflict) => !isState(conflict)),
		stateConflicts: reconciled.conflicts.filter(isState).map((conflict) => conflict.segmentId)
	};
}
