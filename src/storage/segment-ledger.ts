/**
 * This tab's ledgers, one per file: the bookkeeping of the three-way merge between tabs (the
 * rules are pure, in core/tab-sync/segment-ledger.ts). In memory only; the write queue drives it
 * around each IndexedDB transaction.
 */
import {
	afterWrite,
	freshLedger,
	mergeForWrite,
	reconcileLedger,
	recordChange,
	resolveConflict,
	type FileLedger,
	type Reconciled,
	type SegmentText
} from '../core/index.ts';

export class SegmentLedger {
	readonly #files = new Map<string, FileLedger>();

	/** The stored edits are known exactly (after a load, a replace or a clear); nothing pending. */
	reset(fileId: string, stored: ReadonlyMap<string, string>): void {
		this.#files.set(fileId, freshLedger(stored));
	}

	clear(): void {
		this.#files.clear();
	}

	/** A local edit; on a conflicted segment it replaces "mine" and stays unwritten. */
	change(fileId: string, segmentId: string, text: SegmentText): void {
		this.#files.set(fileId, recordChange(this.#file(fileId), segmentId, text));
	}

	pendingFileIds(): string[] {
		return [...this.#files].filter(([, file]) => file.pending.size > 0).map(([id]) => id);
	}

	/** The file's unwritten changes. */
	pendingOf(fileId: string): ReadonlyMap<string, SegmentText> {
		return this.#files.get(fileId)?.pending ?? new Map();
	}

	/** What to store in place of `stored` (see core mergeForWrite); `changes` is pendingOf(). */
	mergeForWrite(
		fileId: string,
		stored: ReadonlyMap<string, string>,
		changes: ReadonlyMap<string, SegmentText>
	): { next: Map<string, string>; written: Map<string, SegmentText> } {
		return mergeForWrite({ ...this.#file(fileId), pending: changes }, stored);
	}

	afterWrite(fileId: string, written: ReadonlyMap<string, SegmentText>): void {
		this.#files.set(fileId, afterWrite(this.#file(fileId), written));
	}

	reconcile(fileId: string, stored: ReadonlyMap<string, string>): Reconciled {
		const { ledger, reconciled } = reconcileLedger(this.#file(fileId), stored);
		this.#files.set(fileId, ledger);
		return reconciled;
	}

	resolve(fileId: string, segmentId: string, choice: 'mine' | 'theirs'): SegmentText | undefined {
		const { ledger, text } = resolveConflict(this.#file(fileId), segmentId, choice);
		this.#files.set(fileId, ledger);
		return text;
	}

	#file(fileId: string): FileLedger {
		return this.#files.get(fileId) ?? freshLedger();
	}
}
