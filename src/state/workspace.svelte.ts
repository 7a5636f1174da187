/**
 * The opened files, their edits and cursors, and which one is current. Every change is handed
 * to the WorkspaceStore, which decides when it reaches IndexedDB (see storage/workspace-store.ts).
 */
import type { WorkspaceStore } from '../storage/index.ts';
import { CursorMemory, START, type Cursor } from './cursor-memory.ts';
import { NO_EDITS, withFileEdits, withSegmentEdit, type Edits } from './edits-map.ts';
import { mergeFiles, segmentCountOf, type FileEntry } from './file-entry.ts';

export type { Cursor } from './cursor-memory.ts';
export type { Edits } from './edits-map.ts';

export class Workspace {
	files = $state.raw<readonly FileEntry[]>([]);
	/** Edited translations per file id, by segment id. Replaced, never mutated. */
	edits = $state.raw<ReadonlyMap<string, Edits>>(NO_EDITS_BY_FILE);
	currentId = $state<string | null>(null);
	readonly #cursors = new CursorMemory();

	readonly current = $derived(this.files.find((file) => file.id === this.currentId) ?? null);
	readonly segmentCount = $derived(this.files.reduce((sum, file) => sum + segmentCountOf(file), 0));
	readonly failedCount = $derived(this.files.filter((file) => !file.summary.ok).length);

	constructor(private readonly store: WorkspaceStore) {}

	/**
	 * Adds files; a file whose path is already open is replaced unless the bytes are the same.
	 * Returns the paths whose edits were discarded because different bytes replaced them.
	 */
	addFiles(added: readonly FileEntry[], options: { shouldPersist: boolean }): string[] {
		const { files, changed, replacedIds } = mergeFiles(this.files, added);
		const discarded = replacedIds.filter((id) => this.edits.has(id));
		let edits = this.edits;
		for (const id of discarded) {
			edits = withFileEdits(edits, id, NO_EDITS);
			if (options.shouldPersist) this.store.putEdits(id, NO_EDITS, START);
		}
		if (options.shouldPersist) {
			for (const entry of changed) this.store.putFile(entry.id, entry.path, entry.bytes);
		}
		this.files = files;
		this.edits = edits;
		this.currentId ??= files.find((file) => file.summary.ok)?.id ?? null;
		if (options.shouldPersist) this.#saveMeta();
		return discarded;
	}

	/** Puts restored edits and cursors back, without writing them again. */
	restoreEdits(fileId: string, edits: Edits, cursor: Cursor): void {
		if (edits.size > 0) this.edits = withFileEdits(this.edits, fileId, edits);
		this.#cursors.set(fileId, cursor);
	}

	select(fileId: string): void {
		if (!this.files.some((file) => file.id === fileId)) return;
		this.currentId = fileId;
		this.#saveMeta();
	}

	editsOf(fileId: string): Edits {
		return this.edits.get(fileId) ?? NO_EDITS;
	}

	cursorOf(fileId: string): Cursor {
		return this.#cursors.get(fileId);
	}

	/** Sets (or, with null, removes) one segment's edited translation. */
	setEdit(fileId: string, segmentId: string, text: string | null): void {
		this.edits = withSegmentEdit(this.edits, fileId, segmentId, text).all;
		this.store.putSegmentEdit(fileId, segmentId, text);
	}

	/** Shows texts another tab stored, without writing them back. */
	applyRemoteEdits(fileId: string, texts: ReadonlyMap<string, string | null>): void {
		let edits = this.edits;
		for (const [segmentId, text] of texts)
			edits = withSegmentEdit(edits, fileId, segmentId, text).all;
		this.edits = edits;
	}

	/** Forgets files another tab closed, in memory only (the other tab changed the store). */
	dropFiles(fileIds: readonly string[]): void {
		this.files = this.files.filter((file) => !fileIds.includes(file.id));
		for (const id of fileIds) this.edits = withFileEdits(this.edits, id, NO_EDITS);
		if (this.currentId !== null && fileIds.includes(this.currentId))
			this.currentId = this.files.find((file) => file.summary.ok)?.id ?? null;
	}

	moveCursor(fileId: string, cursor: Cursor): void {
		if (this.#cursors.set(fileId, cursor)) this.store.putCursor(fileId, cursor);
	}

	/** Forgets every file and edit, in memory and on disk. */
	async clear(): Promise<void> {
		this.files = [];
		this.edits = NO_EDITS_BY_FILE;
		this.currentId = null;
		this.#cursors.clear();
		await this.store.clearAll();
	}

	#saveMeta(): void {
		this.store.putMeta(
			this.files.map((file) => file.id),
			this.currentId
		);
	}
}

const NO_EDITS_BY_FILE: ReadonlyMap<string, Edits> = new Map();
