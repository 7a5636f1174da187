/**
 * Persists the workspace in IndexedDB (through a KeyValueStore; see db.ts for the records). A
 * small facade: write-queue.ts holds what is queued and does the write transaction,
 * other-tabs.ts reads what other tabs stored, segment-ledger.ts merges segments between tabs.
 *
 * What: each opened file's original bytes (`file:<id>`, written once when opened), each file's
 * edits and cursor (`edits:<id>`), `meta` (schema version, file order, current file) and
 * `settings`. When: changes are queued and written together SAVE_DELAY_MS after the last one, so
 * an edit is on disk well within 300 ms of the last keystroke, and at the latest
 * MAX_SAVE_DELAY_MS after the first, so a long burst of typing is stored while it goes on;
 * `flush()` writes at once (the app calls it when the page is hidden or closed). Writes and re-reads are chained: one at a time.
 * Never before `start()`: the app calls it only after the saved workspace was loaded and merged,
 * so a half-loaded state can never overwrite a good one. The write transaction refuses to write
 * once a newer schema is stored. A failed write keeps its changes queued and reports through
 * `onError`; the next write retries.
 */
import {
	toFileId,
	type Cursor,
	type FileId,
	type MergeInProgress,
	type Reconciled,
	type SegmentText
} from '../core/index.ts';
import { FILE_PREFIX, MERGES_KEY, META_KEY, SCHEMA_VERSION, SETTINGS_KEY } from './db.ts';
import type { FileRecord, MergesRecord, MetaRecord, SettingsRecord } from './db.ts';
import type { KeyValueStore } from './key-value.ts';
import { migrateRecords, type StoredFile } from './migrations.ts';
import {
	readStoredEdits,
	readStoredFileIds,
	readStoredFiles,
	readStoredMerges
} from './other-tabs.ts';
import { readAllRecords } from './read-records.ts';
import { readWorkspace, type LoadResult } from './read-workspace.ts';
import { SegmentLedger } from './segment-ledger.ts';
import {
	confirmedKey,
	dismissedKey,
	draftKey,
	joinStates,
	splitReconciled,
	type ReconciledFile
} from './segment-states.ts';
import { describe, describeWriteError, NewerSchemaError } from './write-helpers.ts';
import { WriteQueue } from './write-queue.ts';
import { MAX_SAVE_DELAY_MS, SAVE_DELAY_MS, SaveTimer } from './save-timer.ts';

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

/** Told when a file's stored edits were merged into this tab: remote texts, states, conflicts. */
export type SyncListener = (fileId: FileId, reconciled: ReconciledFile) => void;

export class WorkspaceStore {
	#isStarted = false;
	/** Set when the stored data is from an unknown version: then nothing is ever written. */
	#isBlocked = false;
	#hadError = false;
	readonly #ledger = new SegmentLedger();
	readonly #queue: WriteQueue;
	#onSynced: SyncListener = () => undefined;
	readonly #saveTimer: SaveTimer;
	#chain: Promise<unknown> = Promise.resolve();

	constructor(
		private readonly store: KeyValueStore,
		private readonly events: WorkspaceStoreEvents,
		saveDelayMs = SAVE_DELAY_MS,
		maxSaveDelayMs = MAX_SAVE_DELAY_MS
	) {
		this.#queue = new WriteQueue(store, this.#ledger);
		this.#saveTimer = new SaveTimer(() => void this.flush(), saveDelayMs, maxSaveDelayMs);
	}

	get isBlocked(): boolean {
		return this.#isBlocked;
	}

	/** Stops all writing for good (a newer locdiff owns the stored workspace). */
	block(): void {
		this.#isBlocked = true;
		this.#saveTimer.cancel();
	}

	listen(listener: SyncListener): void {
		this.#onSynced = listener;
	}

	async load(): Promise<LoadResult> {
		try {
			// Older layouts are brought up to date here, the one place; start() writes them back.
			const migrated = migrateRecords(await readAllRecords(this.store));
			const result = readWorkspace(migrated.records);
			if (!result.ok) {
				this.block();
				return result;
			}
			for (const file of result.snapshot.files)
				this.#ledger.reset(
					file.id,
					joinStates(file.edits, file.confirmed, file.dismissed, file.drafts)
				);
			for (const [key, value] of migrated.rewritten) this.#queue.putRecord(key, value);
			return result;
		} catch (error: unknown) {
			this.block();
			return { ok: false, message: `The saved workspace could not be read (${describe(error)}).` };
		}
	}

	/** Allows writing; anything queued during the load is written now. */
	start(): void {
		this.#isStarted = true;
		if (this.#queue.hasWork()) this.#saveTimer.changed();
	}

	putFile(id: string, path: string, bytes: Uint8Array): void {
		const record: FileRecord = { path, bytes, byteLength: bytes.byteLength };
		this.#queue.putRecord(FILE_PREFIX + id, record);
		this.#queued();
	}

	/** Replaces a file's stored edits (and confirmations) as a whole: a new version, an import. */
	putEdits(
		id: string,
		edits: ReadonlyMap<string, string>,
		cursor: Cursor,
		confirmed: ReadonlySet<string> = new Set(),
		dismissed: ReadonlySet<string> = new Set(),
		drafts: ReadonlyMap<string, string> = new Map()
	): void {
		this.#queue.replaceEdits(id, joinStates(edits, confirmed, dismissed, drafts), cursor);
		this.#queued();
	}

	/** QA problems dismissed (or brought back), merged into the stored record like edits. */
	putDismissals(id: string, keys: readonly string[], isDismissed: boolean): void {
		for (const key of keys) this.#ledger.change(id, dismissedKey(key), isDismissed ? '1' : null);
		this.#queued();
	}

	/** Segments confirmed (or no longer), merged into the stored record like edits. */
	putSegmentStates(id: string, segmentIds: readonly string[], isConfirmed: boolean): void {
		for (const segmentId of segmentIds)
			this.#ledger.change(id, confirmedKey(segmentId), isConfirmed ? '1' : null);
		this.#queued();
	}

	/** One segment's draft (null: it has none), merged into the stored record like an edit. */
	putDraft(id: string, segmentId: string, text: string | null): void {
		this.#ledger.change(id, draftKey(segmentId), text);
		this.#queued();
	}

	/** One segment's new text (null: back to the original), merged into the stored record. */
	putSegmentEdit(id: string, segmentId: string, text: SegmentText): void {
		this.#ledger.change(id, segmentId, text);
		this.#queued();
	}

	putCursor(id: string, cursor: Cursor): void {
		this.#queue.putCursor(id, cursor);
		this.#queued();
	}

	putMeta(fileIds: readonly string[], currentFileId: string | null): void {
		const meta: MetaRecord = { schemaVersion: SCHEMA_VERSION, fileIds, currentFileId };
		this.#queue.putRecord(META_KEY, meta);
		this.#queued();
	}

	putSettings(settings: SettingsRecord): void {
		this.#queue.putRecord(SETTINGS_KEY, settings);
		this.#queued();
	}

	/** The merges waiting in the Merge summary, as a whole (the queue is one record). */
	putMerges(merges: readonly MergeInProgress[]): void {
		const record: MergesRecord = {
			queue: merges.map((merge) => ({
				id: merge.id,
				fileId: merge.fileId,
				path: merge.path,
				bytes: merge.bytes,
				byteLength: merge.bytes.byteLength,
				resolutions: [...merge.resolutions]
			}))
		};
		this.#queue.putRecord(MERGES_KEY, record);
		this.#queued();
	}

	/** Settles a conflict; "mine" is written with the next save. Returns the text that stands. */
	resolve(fileId: string, segmentId: string, choice: 'mine' | 'theirs'): SegmentText | undefined {
		const text = this.#ledger.resolve(fileId, segmentId, choice);
		if (choice === 'mine') this.#queued();
		return text;
	}

	/** Forgets everything stored, including records still queued. */
	clearAll(): Promise<void> {
		this.#queue.clearAll();
		return this.flush();
	}

	/** Drops everything queued without writing: another tab cleared the workspace. */
	forget(): void {
		this.#queue.forget();
	}

	/** Re-reads a file's stored edits (another tab wrote them) and merges them into this tab. */
	refresh(fileId: FileId): Promise<Reconciled | null> {
		return this.#then(async () => {
			if (this.#queue.isReplacing(fileId)) return null; // our replacement is newer than theirs
			const reconciled = this.#ledger.reconcile(fileId, await readStoredEdits(this.store, fileId));
			this.#synced(fileId, reconciled);
			return reconciled;
		});
	}

	/** The stored file order, or null if none or damaged. */
	readFileIds(): Promise<readonly FileId[] | null> {
		return this.#then(() => readStoredFileIds(this.store));
	}

	/** The stored merges waiting in the Merge summary (another tab changed them); null if damaged. */
	readMerges(): Promise<MergeInProgress[] | null> {
		return this.#then(() => readStoredMerges(this.store));
	}

	/** Reads files another tab opened; this tab now knows their stored edits exactly. */
	readFiles(ids: readonly string[]): Promise<StoredFile[]> {
		return this.#then(() => readStoredFiles(this.store, this.#ledger, ids));
	}

	/** Writes everything queued now (page hidden or closing, or a retry after an error). */
	flush(): Promise<void> {
		this.#saveTimer.cancel();
		if (!this.#isStarted || this.#isBlocked) return this.#chain.then(() => undefined);
		return this.#then(() => this.#write());
	}

	/**
	 * Tells the tab what another tab changed. Two tabs that set a segment's state differently
	 * keep their own state: a state is a mark, not work that could be lost, so it is no conflict.
	 */
	#synced(fileId: FileId, reconciled: Reconciled): void {
		const split = splitReconciled(reconciled);
		for (const key of split.stateConflicts) this.#ledger.resolve(fileId, key, 'mine');
		if (split.stateConflicts.length > 0) this.#queued();
		this.#onSynced(fileId, split);
	}

	#then<T>(step: () => Promise<T>): Promise<T> {
		const run = this.#chain.then(step);
		this.#chain = run.catch(() => undefined);
		return run;
	}

	#queued(): void {
		if (this.#isStarted && !this.#isBlocked) this.#saveTimer.changed();
	}

	async #write(): Promise<void> {
		if (!this.#queue.hasWork()) return;
		try {
			const outcome = await this.#queue.write();
			for (const [id, stored] of outcome.storedEdits)
				this.#synced(toFileId(id), this.#ledger.reconcile(id, stored));
			if (this.#hadError) this.events.onError(null, false);
			this.#hadError = false;
			this.events.onWritten?.({ keys: outcome.keys, isCleared: outcome.isCleared });
		} catch (error: unknown) {
			if (error instanceof NewerSchemaError) {
				this.block();
				this.events.onError(error.message, false);
				return;
			}
			this.#hadError = true;
			this.events.onError(describeWriteError(error), true);
		}
	}
}
