/**
 * Per-file bookkeeping that lets several tabs edit one stored workspace without losing each
 * other's work: a three-way merge per segment. No IO and nothing reactive; WorkspaceStore drives
 * it. For each file it keeps, in memory only:
 * - `base`: the stored edits as this tab last read or wrote them (what "unchanged" means);
 * - `pending`: this tab's segment changes not yet written;
 * - `conflicts`: segments this tab and another tab changed differently. They are held (never
 *   written) with both texts until the translator chooses, so neither text is lost.
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

export interface Reconciled {
	/** Segments another tab changed that this tab had not touched: show these texts. */
	readonly remote: ReadonlyMap<string, SegmentText>;
	/** Every conflict the file has now (new, updated and still open ones). */
	readonly conflicts: readonly SegmentConflict[];
}

interface FileLedger {
	base: Map<string, string>;
	pending: Map<string, SegmentText>;
	conflicts: Map<string, SegmentConflict>;
}

export class SegmentLedger {
	readonly #files = new Map<string, FileLedger>();

	/** The stored edits are known exactly (after a load, a replace or a clear); nothing pending. */
	reset(fileId: string, stored: ReadonlyMap<string, string>): void {
		this.#files.set(fileId, { base: new Map(stored), pending: new Map(), conflicts: new Map() });
	}

	clear(): void {
		this.#files.clear();
	}

	/** A local edit; on a conflicted segment it replaces "mine" and stays unwritten. */
	change(fileId: string, segmentId: string, text: SegmentText): void {
		const file = this.#file(fileId);
		const conflict = file.conflicts.get(segmentId);
		if (conflict) file.conflicts.set(segmentId, { ...conflict, mine: text });
		else file.pending.set(segmentId, text);
	}

	pendingFileIds(): string[] {
		return [...this.#files].filter(([, file]) => file.pending.size > 0).map(([id]) => id);
	}

	/** A copy of the file's unwritten changes, taken when a write starts. */
	pendingOf(fileId: string): ReadonlyMap<string, SegmentText> {
		return new Map(this.#files.get(fileId)?.pending);
	}

	/**
	 * What to store: `stored` with `changes` applied, except segments another tab changed since
	 * this tab last saw them (stored differs from base): those are left as stored, and the next
	 * `reconcile` turns them into conflicts. Runs inside the write transaction.
	 */
	mergeForWrite(
		fileId: string,
		stored: ReadonlyMap<string, string>,
		changes: ReadonlyMap<string, SegmentText>
	): { next: Map<string, string>; written: Map<string, SegmentText> } {
		const base = this.#file(fileId).base;
		const next = new Map(stored);
		const written = new Map<string, SegmentText>();
		for (const [segmentId, text] of changes) {
			const theirs = stored.get(segmentId) ?? null;
			if (theirs !== (base.get(segmentId) ?? null) && theirs !== text) continue;
			if (text === null) next.delete(segmentId);
			else next.set(segmentId, text);
			written.set(segmentId, text);
		}
		return { next, written };
	}

	/** After a successful write: the written segments are the new base and no longer pending. */
	afterWrite(fileId: string, written: ReadonlyMap<string, SegmentText>): void {
		const file = this.#file(fileId);
		for (const [segmentId, text] of written) {
			setText(file.base, segmentId, text);
			if (file.pending.has(segmentId) && file.pending.get(segmentId) === text)
				file.pending.delete(segmentId);
		}
	}

	/** Merges a freshly read stored record into this tab's view; `stored` becomes the base. */
	reconcile(fileId: string, stored: ReadonlyMap<string, string>): Reconciled {
		const file = this.#file(fileId);
		const remote = new Map<string, SegmentText>();
		for (const segmentId of new Set([...file.base.keys(), ...stored.keys()])) {
			const theirs = stored.get(segmentId) ?? null;
			const base = file.base.get(segmentId) ?? null;
			if (theirs === base) continue;
			const conflict = file.conflicts.get(segmentId);
			const hasLocal = conflict !== undefined || file.pending.has(segmentId);
			const mine = conflict ? conflict.mine : (file.pending.get(segmentId) ?? null);
			if (!hasLocal || mine === base) {
				remote.set(segmentId, theirs);
				file.pending.delete(segmentId);
			} else if (mine === theirs) {
				file.pending.delete(segmentId); // both tabs made the same change
				file.conflicts.delete(segmentId);
			} else {
				file.pending.delete(segmentId);
				file.conflicts.set(segmentId, { segmentId, mine, theirs });
			}
		}
		file.base = new Map(stored);
		return { remote, conflicts: [...file.conflicts.values()] };
	}

	/**
	 * Settles a conflict. "mine" queues this tab's text for writing (the base already is theirs,
	 * so the write goes through); "theirs" needs no write. Returns the text that now stands.
	 */
	resolve(fileId: string, segmentId: string, choice: 'mine' | 'theirs'): SegmentText | undefined {
		const file = this.#files.get(fileId);
		const conflict = file?.conflicts.get(segmentId);
		if (!file || !conflict) return undefined;
		file.conflicts.delete(segmentId);
		if (choice === 'theirs') return conflict.theirs;
		file.pending.set(segmentId, conflict.mine);
		return conflict.mine;
	}

	#file(fileId: string): FileLedger {
		let file = this.#files.get(fileId);
		if (!file) {
			file = { base: new Map(), pending: new Map(), conflicts: new Map() };
			this.#files.set(fileId, file);
		}
		return file;
	}
}

function setText(map: Map<string, string>, segmentId: string, text: SegmentText): void {
	if (text === null) map.delete(segmentId);
	else map.set(segmentId, text);
}
