/**
 * What this tab has to write, and the write itself: whole records (files, meta, settings), edits
 * records replaced as a whole, cursors, and segment edits (through the ledger, so another tab's
 * newer text is never overwritten). `write()` takes everything queued and stores it in one go:
 * file bytes in chunked transactions, then the edits records together with `meta` in one
 * transaction (the files `meta` lists are on disk before it is). A failed write puts its changes
 * back unless something newer replaced them meanwhile.
 */
import type { Cursor } from '../core/index.ts';
import { EDITS_PREFIX, META_KEY, type EditsRecord } from './db.ts';
import type { KeyValueStore } from './key-value.ts';
import { checkEditsRecord, editsOf } from './record-check.ts';
import type { SegmentLedger } from './segment-ledger.ts';
import { chunkPairs, NewerSchemaError } from './write-helpers.ts';

/** What one write stored: the keys (for other tabs) and whether it cleared everything first. */
export interface WriteOutcome {
	readonly keys: readonly string[];
	readonly isCleared: boolean;
	/** Per file whose edits record was written: the record as stored now. */
	readonly storedEdits: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

export class WriteQueue {
	#shouldClear = false;
	/** Whole records (files, meta, settings) waiting to be written. */
	#records = new Map<string, unknown>();
	/** Files whose edits record is replaced as a whole (a new version, an import, a close). */
	#replaced = new Map<string, EditsRecord>();
	#cursors = new Map<string, Cursor>();

	constructor(
		private readonly store: KeyValueStore,
		private readonly ledger: SegmentLedger
	) {}

	putRecord(key: string, value: unknown): void {
		this.#records.set(key, value);
	}

	replaceEdits(fileId: string, edits: ReadonlyMap<string, string>, cursor: Cursor): void {
		this.#replaced.set(fileId, { edits: [...edits], cursor });
		this.#cursors.delete(fileId);
		this.ledger.reset(fileId, edits);
	}

	putCursor(fileId: string, cursor: Cursor): void {
		this.#cursors.set(fileId, cursor);
	}

	/** Everything stored is cleared before the next write (Close all). */
	clearAll(): void {
		this.forget();
		this.#shouldClear = true;
	}

	/** Drops everything queued without writing. */
	forget(): void {
		this.#records.clear();
		this.#replaced.clear();
		this.#cursors.clear();
		this.ledger.clear();
	}

	/** A replaced record is newer than anything another tab stored for that file. */
	isReplacing(fileId: string): boolean {
		return this.#replaced.has(fileId);
	}

	hasWork(): boolean {
		return this.#shouldClear || this.#records.size > 0 || this.#editedFileIds().length > 0;
	}

	/** Writes everything queued; throws (with the changes queued again) when the write failed. */
	async write(): Promise<WriteOutcome> {
		const shouldClear = this.#shouldClear;
		const records = [...this.#records];
		const replaced = this.#replaced;
		const cursors = this.#cursors;
		const fileIds = this.#editedFileIds();
		this.#shouldClear = false;
		this.#records = new Map();
		this.#replaced = new Map();
		this.#cursors = new Map();
		const merged = new Map<string, ReturnType<SegmentLedger['mergeForWrite']>>();
		try {
			if (shouldClear) await this.store.clear();
			const meta = records.filter(([key]) => key === META_KEY);
			for (const chunk of chunkPairs(records.filter(([key]) => key !== META_KEY)))
				await this.store.setMany(chunk);
			const keys = [META_KEY, ...fileIds.map((id) => EDITS_PREFIX + id)];
			await this.store.transact(keys, (current) => {
				NewerSchemaError.throwIfNewer(current.get(META_KEY));
				const out: [string, unknown][] = [];
				for (const id of fileIds) {
					const old = current.get(EDITS_PREFIX + id);
					const whole = replaced.get(id);
					const stored = whole ? new Map(whole.edits) : editsOf(old);
					const result = this.ledger.mergeForWrite(id, stored, this.ledger.pendingOf(id));
					merged.set(id, result);
					const cursor = cursors.get(id) ?? whole?.cursor ?? cursorOf(old);
					out.push([EDITS_PREFIX + id, { edits: [...result.next], cursor }]);
				}
				return [...out, ...meta];
			});
			const storedEdits = new Map<string, ReadonlyMap<string, string>>();
			for (const [id, { next, written }] of merged) {
				this.ledger.afterWrite(id, written);
				storedEdits.set(id, next);
			}
			const written = [...records.map(([key]) => key), ...keys.slice(1)];
			return { keys: written, isCleared: shouldClear, storedEdits };
		} catch (error: unknown) {
			this.#shouldClear ||= shouldClear;
			putBack(this.#records, records);
			putBack(this.#replaced, [...replaced]);
			putBack(this.#cursors, [...cursors]);
			throw error;
		}
	}

	#editedFileIds(): string[] {
		const ids = [...this.#replaced.keys(), ...this.#cursors.keys()];
		return [...new Set([...ids, ...this.ledger.pendingFileIds()])];
	}
}

function putBack<T>(into: Map<string, T>, pairs: readonly [string, T][]): void {
	for (const [key, value] of pairs) if (!into.has(key)) into.set(key, value);
}

function cursorOf(record: unknown): Cursor {
	const checked = record === undefined ? null : checkEditsRecord(record);
	return checked?.ok ? checked.value.cursor : { index: 0, column: 1 };
}
