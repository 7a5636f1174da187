/**
 * Persists the workspace in IndexedDB (through a KeyValueStore; see db.ts for the records).
 *
 * What: each opened file's original bytes (`file:<id>`, written once when opened), each file's
 * edits and cursor (`edits:<id>`, rewritten as a whole, small record), and `meta` (schema version,
 * file order, current file).
 * When: changes are queued and written together SAVE_DELAY_MS after the last one, so an edit is
 * on disk well within 300 ms of the last keystroke; `flush()` writes at once (the app calls it
 * when the page is hidden or closed). Writes are chained: one in flight, the next coalesced.
 * Never before `start()`: the app calls it only after the saved workspace was loaded and merged,
 * so a half-loaded state can never overwrite a good one. A failed write keeps its records queued
 * and reports the failure through `onError`; the edits stay in memory and the next write retries.
 */
import { EDITS_PREFIX, FILE_PREFIX, META_KEY, SCHEMA_VERSION } from './db.ts';
import type { EditsRecord, FileRecord, MetaRecord } from './db.ts';
import type { KeyValueStore } from './key-value.ts';
import { readSnapshot, type ReadResult } from './migrations.ts';

/** Milliseconds of quiet before queued changes are written; 150 leaves headroom under 300. */
export const SAVE_DELAY_MS = 150;

/**
 * Bytes per write transaction. `put` clones its value on the main thread, so 30 MB of opened
 * files in one transaction is one long task; 2 MB chunks keep each under ~10 ms.
 */
const CHUNK_BYTES = 2 * 1024 * 1024;

export interface WorkspaceStoreEvents {
	/** A write failed (a message for a banner), or succeeded again after a failure (null). */
	onError(message: string | null): void;
	/** After each successful write (other tabs are told). */
	onWritten?(): void;
}

export class WorkspaceStore {
	#isStarted = false;
	/** Set when the stored data is from an unknown version: then nothing is ever written. */
	#isBlocked = false;
	#shouldClear = false;
	#hadError = false;
	#pending = new Map<string, unknown>();
	#timer: ReturnType<typeof setTimeout> | null = null;
	#chain: Promise<void> = Promise.resolve();

	constructor(
		private readonly store: KeyValueStore,
		private readonly events: WorkspaceStoreEvents,
		private readonly saveDelayMs = SAVE_DELAY_MS
	) {}

	/** Stops all writing for good: another tab saved a newer workspace. */
	block(): void {
		this.#isBlocked = true;
		if (this.#timer !== null) clearTimeout(this.#timer);
	}

	async load(): Promise<ReadResult> {
		try {
			const result = readSnapshot(await this.store.entries());
			if (!result.ok) this.#isBlocked = true;
			return result;
		} catch (error: unknown) {
			this.#isBlocked = true;
			return { ok: false, message: `The saved workspace could not be read (${describe(error)}).` };
		}
	}

	/** Allows writing; anything queued during the load is written now. */
	start(): void {
		this.#isStarted = true;
		if (this.#hasWork()) this.#schedule();
	}

	putFile(id: string, path: string, bytes: Uint8Array): void {
		this.#queue(FILE_PREFIX + id, { path, bytes } satisfies FileRecord);
	}

	putEdits(id: string, edits: ReadonlyMap<string, string>, cursor: EditsRecord['cursor']): void {
		this.#queue(EDITS_PREFIX + id, { edits: [...edits], cursor } satisfies EditsRecord);
	}

	putMeta(fileIds: readonly string[], currentFileId: string | null): void {
		const meta: MetaRecord = { schemaVersion: SCHEMA_VERSION, fileIds, currentFileId };
		this.#queue(META_KEY, meta);
	}

	/** Forgets everything stored, including records still queued. */
	clearAll(): Promise<void> {
		this.#pending.clear();
		this.#shouldClear = true;
		return this.flush();
	}

	/** Writes everything queued now (page hidden or closing, or a retry after an error). */
	flush(): Promise<void> {
		if (this.#timer !== null) clearTimeout(this.#timer);
		this.#timer = null;
		if (!this.#isStarted || this.#isBlocked) return this.#chain;
		this.#chain = this.#chain.then(() => this.#writeQueued());
		return this.#chain;
	}

	#queue(key: string, value: unknown): void {
		this.#pending.set(key, value);
		if (this.#isStarted) this.#schedule();
	}

	#schedule(): void {
		if (this.#timer !== null) clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.flush(), this.saveDelayMs);
	}

	#hasWork(): boolean {
		return this.#shouldClear || this.#pending.size > 0;
	}

	async #writeQueued(): Promise<void> {
		if (!this.#hasWork()) return;
		const shouldClear = this.#shouldClear;
		const pairs = [...this.#pending];
		this.#shouldClear = false;
		this.#pending = new Map();
		try {
			if (shouldClear) await this.store.clear();
			for (const chunk of chunkPairs(pairs)) await this.store.setMany(chunk);
			if (this.#hadError) this.events.onError(null);
			this.#hadError = false;
			this.events.onWritten?.();
		} catch (error: unknown) {
			// Put the records back unless something newer replaced them meanwhile.
			this.#shouldClear ||= shouldClear;
			for (const [key, value] of pairs) if (!this.#pending.has(key)) this.#pending.set(key, value);
			this.#hadError = true;
			this.events.onError(describeWriteError(error));
		}
	}
}

/** Splits records into transactions of about CHUNK_BYTES; `meta` goes last, after its files. */
function chunkPairs(pairs: [string, unknown][]): [string, unknown][][] {
	const ordered = [
		...pairs.filter(([key]) => key !== META_KEY),
		...pairs.filter(([key]) => key === META_KEY)
	];
	const chunks: [string, unknown][][] = [];
	let current: [string, unknown][] = [];
	let bytes = 0;
	for (const pair of ordered) {
		const value = pair[1] as Partial<FileRecord>;
		bytes += value.bytes instanceof Uint8Array ? value.bytes.byteLength : 256;
		current.push(pair);
		if (bytes >= CHUNK_BYTES) {
			chunks.push(current);
			current = [];
			bytes = 0;
		}
	}
	if (current.length > 0) chunks.push(current);
	return chunks;
}

function describe(error: unknown): string {
	return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

function describeWriteError(error: unknown): string {
	if (error instanceof DOMException && error.name === 'QuotaExceededError') {
		return 'The browser has no room left to save your work. Your edits are kept in this tab only: export them now.';
	}
	return `Your latest changes could not be saved (${describe(error)}). They are kept in this tab; locdiff retries on the next change.`;
}
