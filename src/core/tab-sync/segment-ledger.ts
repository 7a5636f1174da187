/**
 * The per-segment three-way merge that lets several tabs edit one stored workspace without losing
 * each other's work. Pure functions over an immutable ledger per file; storage holds one ledger
 * per file and calls these around its IndexedDB transaction.
 *
 * A ledger knows, for one file:
 * - `base`: the stored edits as this tab last read or wrote them (what "unchanged" means);
 * - `pending`: this tab's segment changes not yet written;
 * - `conflicts`: segments this tab and another tab changed differently. They are held (never
 *   written) with both texts until the translator chooses, so neither text is lost.
 *
 * The rule is the usual three-way one, per segment, with `base` as the common ancestor: a side
 * that did not change the segment takes the other's text; equal changes agree; different changes
 * conflict.
 */

/** A segment's translation, or null for "no edit" (the original translation). */
export type SegmentText = string | null;

export interface SegmentConflict {
	readonly segmentId: string;
	/** This tab's text. */
	readonly mine: SegmentText;
	/** The stored text another tab wrote. */
	readonly theirs: SegmentText;
}

export interface FileLedger {
	readonly base: ReadonlyMap<string, string>;
	readonly pending: ReadonlyMap<string, SegmentText>;
	readonly conflicts: ReadonlyMap<string, SegmentConflict>;
}

export interface Reconciled {
	/** Segments another tab changed that this tab had not touched: show these texts. */
	readonly remote: ReadonlyMap<string, SegmentText>;
	/** Every conflict the file has now (new, updated and still open ones). */
	readonly conflicts: readonly SegmentConflict[];
}

/** A ledger whose stored edits are known exactly (after a load, a replace or a clear). */
export function freshLedger(stored: ReadonlyMap<string, string> = new Map()): FileLedger {
	return { base: new Map(stored), pending: new Map(), conflicts: new Map() };
}

/** A local edit; on a conflicted segment it replaces "mine" and stays unwritten. */
export function recordChange(ledger: FileLedger, segmentId: string, text: SegmentText): FileLedger {
	const conflict = ledger.conflicts.get(segmentId);
	if (conflict) {
		const conflicts = new Map(ledger.conflicts).set(segmentId, { ...conflict, mine: text });
		return { ...ledger, conflicts };
	}
	return { ...ledger, pending: new Map(ledger.pending).set(segmentId, text) };
}

/**
 * What to store: `stored` with the pending changes applied, except segments another tab changed
 * since this tab last saw them (stored differs from base and from ours): those stay as stored,
 * and the next `reconcileLedger` turns them into conflicts. Runs inside the write transaction.
 */
export function mergeForWrite(
	ledger: FileLedger,
	stored: ReadonlyMap<string, string>
): { next: Map<string, string>; written: Map<string, SegmentText> } {
	const next = new Map(stored);
	const written = new Map<string, SegmentText>();
	for (const [segmentId, text] of ledger.pending) {
		const theirs = stored.get(segmentId) ?? null;
		if (theirs !== (ledger.base.get(segmentId) ?? null) && theirs !== text) continue;
		setText(next, segmentId, text);
		written.set(segmentId, text);
	}
	return { next, written };
}

/**
 * After a successful write of `written` (taken from `pendingAtWrite`): those segments are the new
 * base, and no longer pending unless they were typed again while the write ran.
 */
export function afterWrite(
	ledger: FileLedger,
	written: ReadonlyMap<string, SegmentText>
): FileLedger {
	const base = new Map(ledger.base);
	const pending = new Map(ledger.pending);
	for (const [segmentId, text] of written) {
		setText(base, segmentId, text);
		if (pending.has(segmentId) && pending.get(segmentId) === text) pending.delete(segmentId);
	}
	return { ...ledger, base, pending };
}

/** Merges a freshly read stored record into this tab's view; `stored` becomes the base. */
export function reconcileLedger(
	ledger: FileLedger,
	stored: ReadonlyMap<string, string>
): { ledger: FileLedger; reconciled: Reconciled } {
	const pending = new Map(ledger.pending);
	const conflicts = new Map(ledger.conflicts);
	const remote = new Map<string, SegmentText>();
	for (const segmentId of new Set([...ledger.base.keys(), ...stored.keys()])) {
		const theirs = stored.get(segmentId) ?? null;
		const base = ledger.base.get(segmentId) ?? null;
		if (theirs === base) continue;
		const conflict = conflicts.get(segmentId);
		const hasLocal = conflict !== undefined || pending.has(segmentId);
		const mine = conflict ? conflict.mine : (pending.get(segmentId) ?? null);
		pending.delete(segmentId);
		if (!hasLocal || mine === base) {
			remote.set(segmentId, theirs);
			conflicts.delete(segmentId);
		} else if (mine === theirs) {
			conflicts.delete(segmentId); // both tabs made the same change
		} else {
			conflicts.set(segmentId, { segmentId, mine, theirs });
		}
	}
	const next = { base: new Map(stored), pending, conflicts };
	return { ledger: next, reconciled: { remote, conflicts: [...conflicts.values()] } };
}

/**
 * Settles a conflict. "mine" queues this tab's text for writing (the base already is theirs, so
 * the write goes through); "theirs" needs no write. `text` is what now stands, or undefined when
 * there was no such conflict.
 */
export function resolveConflict(
	ledger: FileLedger,
	segmentId: string,
	choice: 'mine' | 'theirs'
): { ledger: FileLedger; text: SegmentText | undefined } {
	const conflict = ledger.conflicts.get(segmentId);
	if (!conflict) return { ledger, text: undefined };
	const conflicts = new Map(ledger.conflicts);
	conflicts.delete(segmentId);
	if (choice === 'theirs') return { ledger: { ...ledger, conflicts }, text: conflict.theirs };
	const pending = new Map(ledger.pending).set(segmentId, conflict.mine);
	return { ledger: { ...ledger, conflicts, pending }, text: conflict.mine };
}

function setText(map: Map<string, string>, segmentId: string, text: SegmentText): void {
	if (text === null) map.delete(segmentId);
	else map.set(segmentId, text);
}
