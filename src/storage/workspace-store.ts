/**
 * Persists the workspace in IndexedDB (through a KeyValueStore; see db.ts for the records).
 *
 * What: each opened file's original bytes (`file:<id>`, written once when opened), each file's
 * edits and cursor (`edits:<id>`), and `meta` (schema version, file order, current file).
 * When: changes are queued and written together SAVE_DELAY_MS after the last one, so an edit is
 * on disk well within 300 ms of the last keystroke; `flush()` writes at once (the app calls it
 * when the page is hidden or closed). Writes and re-reads are chained: one at a time.
 * Never before `start()`: the app calls it only after the saved workspace was loaded and merged,
 * so a half-loaded state can never overwrite a good one.
 * Several tabs: an edits record is never rewritten from this tab's memory. Each write reads the
 * stored record and applies only this tab's changed segments, in one transaction with `meta`
 * (segment-ledger.ts decides; a segment another tab changed meanwhile becomes a conflict instead
 * of being overwritten). The same transaction refuses to write once a newer schema is stored.
 * A failed write keeps its changes queued and reports through `onError`; the next write retries.
 */
import { EDITS_PREFIX, FILE_PREFIX, META_KEY, SCHEMA_VERSION, SETTINGS_KEY } from './db.ts';
import type { EditsRecord, FileRecord, MetaRecord, SettingsRecord } from './db.ts';
import type { KeyValueStore } from './key-value.ts';
import { migrateRecords, type StoredFile } from './migrations.ts';
import { readAllRecords } from './read-records.ts';
import { readWorkspace, type LoadResult } from './read-workspace.ts';
import { checkEditsRecord, checkFileRecord, checkMeta, editsOf } from './record-check.ts';
import { SegmentLedger, type Reconciled, type SegmentText } from './segment-ledger.ts';
import { chunkPairs, describe, describeWriteError, NewerSchemaError } from './write-helpers.ts';

/** Milliseconds of quiet before queued changes are written; 150 leaves headroom under 300. */
export const SAVE_DELAY_MS = 150;

export interface StoredChange {
	/** Keys written, so other tabs re-read only those. */
	readonly keys: readonly string[];
	/** Everything stored was cleared first (Close all). */
	readonly isCleared: boolean;
}

export interface WorkspaceStoreEvents {
	/** A write failed (a message for a banner), or succeeded again after a failure (null). */
	onError(message: string | null, canRetry: boolean): void;
	/** After each successful write (other tabs are told). */
	onWritten?(change: StoredChange): void;
}

/** Told when a file's stored edits were merged into this tab: remote texts and open conflicts. */
export type SyncListener = (fileId: string, reconciled: Reconciled) => void;

type Cursor = EditsRecord['cursor'];

export class WorkspaceStore {
	#isStarted = false;
	/** Set when the stored data is from an unknown version: then nothing is ever written. */
	#isBlocked = false;
	#shouldClear = false;
	#hadError = false;
	/** Whole records (files, meta) waiting to be written. */
	#pending = new Map<string, unknown>();
	/** Files whose edits record is replaced as a whole (opened again with other bytes). */
	#replaced = new Map<string, EditsRecord>();
	#cursors = new Map<string, Cursor>();
	readonly #ledger = new SegmentLedger();
	#onSynced: SyncListener = () => undefined;
	#timer: ReturnType<typeof setTimeout> | null = null;
	#chain: Promise<unknown> = Promise.resolve();

	constructor(
		private readonly store: KeyValueStore,
		private readonly events: WorkspaceStoreEvents,
		private readonly saveDelayMs = SAVE_DELAY_MS
	) {}

	get isBlocked(): boolean {
		return this.#isBlocked;
	}

	/** Stops all writing for good (a newer locdiff owns the stored workspace). */
	block(): void {
		this.#isBlocked = true;
		if (this.#timer !== null) clearTimeout(this.#timer);
	}

	listen(listener: SyncListener): void {
		this.#onSynced = listener;
	}

	async load(): Promise<LoadResult> {
		try {
			// Older layouts are brought up to date here, the one place; start() writes them back.
			const migrated = migrateRecords(await readAllRecords(this.store));
			const result = readWorkspace(migrated.records);
			if (!result.ok) this.block();
			else for (const file of result.snapshot.files) this.#ledger.reset(file.id, file.edits);
			if (result.ok) for (const [key, value] of migrated.rewritten) this.#pending.set(key, value);
			return result;
		} catch (error: unknown) {
			this.block();
			return { ok: false, message: `The saved workspace could not be read (${describe(error)}).` };
		}
	}

	/** Allows writing; anything queued during the load is written now. */
	start(): void {
		this.#isStarted = true;
		if (this.#hasWork()) this.#schedule();
	}

	putFile(id: string, path: string, bytes: Uint8Array): void {
		const record: FileRecord = { path, bytes, byteLength: bytes.byteLength };
		this.#queue(FILE_PREFIX + id, record);
	}

	/** Replaces a file's stored edits as a whole (its bytes changed: old edits do not apply). */
	putEdits(id: string, edits: ReadonlyMap<string, string>, cursor: Cursor): void {
		this.#replaced.set(id, { edits: [...edits], cursor });
		this.#cursors.delete(id);
		this.#ledger.reset(id, edits);
		this.#queue(null);
	}

	/** One segment's new text (null: back to the original), merged into the stored record. */
	putSegmentEdit(id: string, segmentId: string, text: SegmentText): void {
		this.#ledger.change(id, segmentId, text);
		this.#queue(null);
	}

	putCursor(id: string, cursor: Cursor): void {
		this.#cursors.set(id, cursor);
		this.#queue(null);
	}

	putMeta(fileIds: readonly string[], currentFileId: string | null): void {
		const meta: MetaRecord = { schemaVersion: SCHEMA_VERSION, fileIds, currentFileId };
		this.#queue(META_KEY, meta);
	}

	putSettings(settings: SettingsRecord): void {
		this.#queue(SETTINGS_KEY, settings);
	}

	/** Settles a conflict; "mine" is written with the next save. Returns the text that stands. */
	resolve(fileId: string, segmentId: string, choice: 'mine' | 'theirs'): SegmentText | undefined {
		const text = this.#ledger.resolve(fileId, segmentId, choice);
		if (choice === 'mine') this.#queue(null);
		return text;
	}

	/** Forgets everything stored, including records still queued. */
	clearAll(): Promise<void> {
		this.forget();
		this.#shouldClear = true;
		return this.flush();
	}

	/** Drops everything queued without writing: another tab cleared the workspace. */
	forget(): void {
		this.#pending.clear();
		this.#replaced.clear();
		this.#cursors.clear();
		this.#ledger.clear();
	}

	/** Re-reads a file's stored edits (another tab wrote them) and merges them into this tab. */
	refresh(fileId: string): Promise<Reconciled | null> {
		return this.#then(async () => {
			if (this.#replaced.has(fileId)) return null; // our replacement is newer than theirs
			const stored = editsOf(await this.store.get(EDITS_PREFIX + fileId));
			const reconciled = this.#ledger.reconcile(fileId, stored);
			this.#onSynced(fileId, reconciled);
			return reconciled;
		});
	}

	/** The stored file order, or null if none or damaged. */
	readFileIds(): Promise<readonly string[] | null> {
		return this.#then(async () => {
			const meta = checkMeta(await this.store.get(META_KEY));
			return meta.ok && meta.value.schemaVersion === SCHEMA_VERSION ? meta.value.fileIds : null;
		});
	}

	/** Reads files another tab opened; this tab now knows their stored edits exactly. */
	readFiles(ids: readonly string[]): Promise<StoredFile[]> {
		return this.#then(async () => {
			const files: StoredFile[] = [];
			for (const id of ids) {
				const file = checkFileRecord(await this.store.get(FILE_PREFIX + id));
				if (!file.ok) continue; // not written yet, or damaged: the next message brings it
				const edits = checkEditsRecord(await this.store.get(EDITS_PREFIX + id));
				const record = edits.ok ? edits.value : { edits: [], cursor: { index: 0, column: 1 } };
				this.#ledger.reset(id, new Map(record.edits));
				files.push({ id, ...file.value, edits: new Map(record.edits), cursor: record.cursor });
			}
			return files;
		});
	}

	/** Writes everything queued now (page hidden or closing, or a retry after an error). */
	flush(): Promise<void> {
		if (this.#timer !== null) clearTimeout(this.#timer);
		this.#timer = null;
		if (!this.#isStarted || this.#isBlocked) return this.#chain.then(() => undefined);
		return this.#then(() => this.#writeQueued());
	}

	#then<T>(step: () => Promise<T>): Promise<T> {
		const run = this.#chain.then(step);
		this.#chain = run.catch(() => undefined);
		return run;
	}

	#queue(key: string | null, value?: unknown): void {
		if (key !== null) this.#pending.set(key, value);
		if (this.#isStarted && !this.#isBlocked) this.#schedule();
	}

	#schedule(): void {
		if (this.#timer !== null) clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.flush(), this.saveDelayMs);
	}

	#editedFileIds(): string[] {
		const ids = [...this.#replaced.keys(), ...this.#cursors.keys()];
		return [...new Set([...ids, ...this.#ledger.pendingFileIds()])];
	}

	#hasWork(): boolean {
		return this.#shouldClear || this.#pending.size > 0 || this.#editedFileIds().length > 0;
	}

	async #writeQueued(): Promise<void> {
		if (!this.#hasWork()) return;
		const shouldClear = this.#shouldClear;
		const pairs = [...this.#pending];
		const replaced = this.#replaced;
		const cursors = this.#cursors;
		const fileIds = this.#editedFileIds();
		this.#shouldClear = false;
		this.#pending = new Map();
		this.#replaced = new Map();
		this.#cursors = new Map();
		const merged = new Map<string, ReturnType<SegmentLedger['mergeForWrite']>>();
		try {
			if (shouldClear) await this.store.clear();
			const meta = pairs.filter(([key]) => key === META_KEY);
			for (const chunk of chunkPairs(pairs.filter(([key]) => key !== META_KEY)))
				await this.store.setMany(chunk);
			// `meta` last and with the edits: the files it lists are on disk before it is.
			const keys = [META_KEY, ...fileIds.map((id) => EDITS_PREFIX + id)];
			await this.store.transact(keys, (current) => {
				NewerSchemaError.throwIfNewer(current.get(META_KEY));
				const out: [string, unknown][] = [];
				for (const id of fileIds) {
					const old = current.get(EDITS_PREFIX + id);
					const whole = replaced.get(id);
					const stored = whole ? new Map(whole.edits) : editsOf(old);
					const result = this.#ledger.mergeForWrite(id, stored, this.#ledger.pendingOf(id));
					merged.set(id, result);
					const cursor = cursors.get(id) ?? whole?.cursor ?? cursorOf(old);
					out.push([EDITS_PREFIX + id, { edits: [...result.next], cursor }]);
				}
				return [...out, ...meta];
			});
			for (const [id, { next, written }] of merged) {
				this.#ledger.afterWrite(id, written);
				this.#onSynced(id, this.#ledger.reconcile(id, next));
			}
			if (this.#hadError) this.events.onError(null, false);
			this.#hadError = false;
			const written = [...pairs.map(([key]) => key), ...keys.slice(1)];
			this.events.onWritten?.({ keys: written, isCleared: shouldClear });
		} catch (error: unknown) {
			if (error instanceof NewerSchemaError) {
				this.block();
				this.events.onError(error.message, false);
				return;
			}
			// Put the changes back unless something newer replaced them meanwhile.
			this.#shouldClear ||= shouldClear;
			restore(this.#pending, pairs);
			restore(this.#replaced, [...replaced]);
			restore(this.#cursors, [...cursors]);
			this.#hadError = true;
			this.events.onError(describeWriteError(error), true);
		}
	}
}

function restore<T>(into: Map<string, T>, pairs: readonly [string, T][]): void {
	for (const [key, value] of pairs) if (!into.has(key)) into.set(key, value);
}

function cursorOf(record: unknown): Cursor {
	const checked = record === undefined ? null : checkEditsRecord(record);
	return checked?.ok ? checked.value.cursor : { index: 0, column: 1 };
}
