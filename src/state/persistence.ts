/**
 * The one place that saves. It follows the workspace's changes and hands those the translator
 * made (`user`) or brought in (`import`) to the WorkspaceStore, which queues them and writes them
 * to IndexedDB (see storage/workspace-store.ts for when). Changes read from storage (`restore`)
 * or from another tab (`remote`) are stored already and are not written back. State classes never
 * call the store for a change; they change the workspace, and this module follows (the habit of
 * tldraw's TLLocalSyncClient: saving watches the store).
 */
import { NO_EDITS } from './edits-map.ts';
import type { WorkspaceStore } from '../storage/index.ts';
import type { Workspace } from './workspace.svelte.ts';
import { isToBeSaved, type WorkspaceChange } from './workspace-change.ts';

export class Persistence {
	/** The last clear's write: Close all waits for it before it says the workspace is empty. */
	#clearing: Promise<void> = Promise.resolve();
	readonly #stop: () => void;

	constructor(
		private readonly workspace: Workspace,
		private readonly store: WorkspaceStore
	) {
		this.#stop = workspace.listen((change, origin) => {
			if (isToBeSaved(origin)) this.#save(change);
		});
	}

	/** Writes everything queued now (page hidden or closing, a retry, before an update). */
	async flush(): Promise<void> {
		await this.#clearing;
		await this.store.flush();
	}

	stop(): void {
		this.#stop();
	}

	#save(change: WorkspaceChange): void {
		const store = this.store;
		switch (change.kind) {
			case 'files-added':
				for (const file of change.files) store.putFile(file.id, file.path, file.bytes);
				this.#saveOrder();
				return;
			case 'file-replaced':
				store.putFile(change.file.id, change.file.path, change.file.bytes);
				store.putEdits(
					change.file.id,
					change.edits,
					change.cursor,
					change.confirmed,
					this.workspace.dismissedOf(change.file.id)
				);
				return;
			case 'files-removed':
				for (const id of change.fileIds) store.putEdits(id, NO_EDITS, { index: 0, column: 1 });
				this.#saveOrder();
				return;
			case 'segments-edited':
				for (const [segmentId, text] of change.texts)
					store.putSegmentEdit(change.fileId, segmentId, text);
				return;
			case 'file-edits-set':
				store.putEdits(
					change.fileId,
					change.edits,
					change.cursor,
					change.confirmed,
					change.dismissed,
					change.drafts
				);
				return;
			case 'draft-set':
				store.putDraft(change.fileId, change.segmentId, change.text);
				return;
			case 'problems-dismissed':
				store.putDismissals(change.fileId, change.keys, change.isDismissed);
				return;
			case 'segments-confirmed':
				store.putSegmentStates(change.fileId, change.segmentIds, change.isConfirmed);
				return;
			case 'cursor-moved':
				store.putCursor(change.fileId, change.cursor);
				return;
			case 'file-selected':
				this.#saveOrder();
				return;
			case 'compare-set':
				store.putSettings({ compare: change.compare });
				return;
			case 'merges-set':
				store.putMerges(change.merges);
				return;
			case 'cleared':
				this.#clearing = store.clearAll();
				return;
		}
	}

	#saveOrder(): void {
		const { files, currentId } = this.workspace;
		this.store.putMeta(
			files.map((file) => file.id),
			currentId
		);
	}
}
