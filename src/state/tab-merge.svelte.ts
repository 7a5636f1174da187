/**
 * Keeps this tab in step with other tabs on the same stored workspace. Another tab's message
 * only names what it stored; this tab re-reads those records (storage is the source of truth)
 * and the store merges them per segment: texts of segments this tab did not touch are shown,
 * segments both tabs changed differently become conflicts, listed here until the translator
 * keeps one text. Until then both texts live on (this tab's in the workspace, theirs here) and
 * neither is written. Files opened, replaced or closed in another tab follow here; every change
 * reaches the workspace tagged `remote`, so persistence does not write it back.
 */
import { toFileId, type FileId } from '../core/index.ts';
import { describeOtherTabWrite, SCHEMA_VERSION } from '../storage/index.ts';
import type { ReconciledFile, TabMessage, TabSync, WorkspaceStore } from '../storage/index.ts';
import {
	buildConflictViews,
	oneText,
	type ConflictView,
	type HeldConflict
} from './conflict-view.ts';
import { isSameBytes } from './file-entry.ts';
import type { Loader } from './loader.svelte.ts';
import type { Notices } from './notices.svelte.ts';
import type { Workspace } from './workspace.svelte.ts';

export class TabMerge {
	#held = $state.raw<readonly HeldConflict[]>([]);
	#isStarted = false;
	#buffered: TabMessage[] = [];
	#queue: Promise<void> = Promise.resolve();

	readonly conflicts: readonly ConflictView[] = $derived.by(() =>
		buildConflictViews(this.#held, this.workspace.files, (id) => this.workspace.editsOf(id))
	);

	constructor(
		private readonly store: WorkspaceStore,
		private readonly workspace: Workspace,
		private readonly loader: Loader,
		private readonly notices: Notices,
		tabs?: TabSync
	) {
		store.listen((fileId, reconciled) => this.#merge(fileId, reconciled));
		tabs?.listen((message) => this.#receive(message));
	}

	/** After the saved workspace was restored: messages that came meanwhile are applied now. */
	start(): void {
		this.#isStarted = true;
		for (const message of this.#buffered.splice(0)) this.#receive(message);
	}

	/** Resolves when every message received so far has been applied (tests, before reload). */
	settled(): Promise<void> {
		return this.#queue;
	}

	keepMine(fileId: FileId, segmentId: string): void {
		this.store.resolve(fileId, segmentId, 'mine');
		this.#drop(fileId, segmentId);
	}

	takeTheirs(fileId: FileId, segmentId: string): void {
		const text = this.store.resolve(fileId, segmentId, 'theirs');
		// Theirs is what is stored already: shown here, not written again.
		if (text !== undefined) this.workspace.setEdits(fileId, oneText(segmentId, text), 'remote');
		this.#drop(fileId, segmentId);
	}

	#receive(message: TabMessage): void {
		if (message.schemaVersion > SCHEMA_VERSION) {
			// A newer locdiff shares the workspace: its records may not be ours to read or write.
			this.store.block();
			this.notices.storageError =
				'locdiff was updated in another tab, so this tab stopped saving. Reload it to continue; export first if you need edits made here.';
			this.notices.canRetryStorage = false;
			return;
		}
		if (!this.#isStarted) {
			this.#buffered.push(message);
			return;
		}
		this.#queue = this.#queue.then(
			() => this.#apply(message),
			() => undefined
		);
	}

	async #apply(message: TabMessage): Promise<void> {
		if (this.store.isBlocked) return;
		const change = describeOtherTabWrite(message.keys, message.isCleared);
		if (change.isCleared) {
			this.store.forget();
			this.workspace.clear('remote');
			this.#held = [];
			this.notices.push('info', 'All files were closed in another tab.');
		}
		if (change.isCleared || change.isOrderChanged) await this.#followFiles();
		const isOpen = (id: string): boolean => this.workspace.isOpen(id);
		const replaced = change.fileIds.filter(isOpen);
		if (replaced.length > 0) await this.#open(replaced);
		for (const id of change.editedFileIds) {
			if (isOpen(id)) await this.store.refresh(id);
		}
		if (change.isMergesChanged) {
			// After the files: a merge waits for an open file, which may have just arrived.
			const merges = await this.store.readMerges();
			if (merges !== null) this.workspace.setMerges(merges, 'remote');
		}
	}

	/** Opens the files another tab opened and drops those it no longer lists. */
	async #followFiles(): Promise<void> {
		const stored = await this.store.readFileIds();
		if (stored === null) return;
		const open = this.workspace.files.map((file) => file.id);
		const closed = open.filter((id) => !stored.includes(id));
		if (closed.length > 0) {
			this.workspace.removeFiles(closed, 'remote');
			this.#held = this.#held.filter((held) => !closed.includes(held.fileId));
		}
		const added = stored.filter((id) => !open.includes(id));
		if (added.length > 0) await this.#open(added);
	}

	/** Opens or replaces files from storage, unless their bytes are what this tab has. */
	async #open(ids: readonly FileId[]): Promise<void> {
		const files = (await this.store.readFiles(ids)).filter((file) => {
			const open = this.workspace.files.find((entry) => entry.id === file.id);
			return open === undefined || !isSameBytes(open.bytes, file.bytes);
		});
		if (files.length === 0) return;
		const parsed = await this.loader.parse(
			files.map((file) => ({ path: file.path, contents: file.bytes }))
		);
		for (const file of files) {
			const entry = parsed.find((candidate) => candidate.id === file.id);
			if (entry === undefined) continue;
			const id = toFileId(file.id);
			if (this.workspace.isOpen(id))
				this.workspace.replaceFile(entry, file.edits, file.cursor, 'remote', file.confirmed);
			else {
				this.workspace.addFiles([entry], 'remote');
				this.workspace.setFileEdits(
					id,
					file.edits,
					file.cursor,
					'remote',
					file.confirmed,
					file.dismissed,
					file.drafts
				);
			}
		}
	}

	#merge(fileId: FileId, reconciled: ReconciledFile): void {
		const { texts, confirmed, dismissed, drafts, conflicts } = reconciled;
		if (texts.size > 0) this.workspace.setEdits(fileId, texts, 'remote');
		for (const [segmentId, text] of drafts)
			this.workspace.setDraft(fileId, segmentId, text, 'remote');
		for (const isConfirmed of [true, false]) {
			const ids = [...confirmed].filter(([, value]) => value === isConfirmed).map(([id]) => id);
			this.workspace.setConfirmed(fileId, ids, isConfirmed, 'remote');
			const keys = [...dismissed].filter(([, value]) => value === isConfirmed).map(([key]) => key);
			this.workspace.setDismissed(fileId, keys, isConfirmed, 'remote');
		}
		const others = this.#held.filter((held) => held.fileId !== fileId);
		const ofFile = conflicts.map(({ segmentId, theirs }) => ({ fileId, segmentId, theirs }));
		if (ofFile.length > 0 || others.length !== this.#held.length)
			this.#held = [...others, ...ofFile];
	}

	#drop(fileId: string, segmentId: string): void {
		this.#held = this.#held.filter(
			(held) => held.fileId !== fileId || held.segmentId !== segmentId
		);
	}
}
