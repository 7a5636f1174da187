/**
 * The one owner of the opened files, their edits and cursors, the current file and the compare
 * setting. Every change goes through a method here, tagged with its origin; the workspace applies
 * it and tells its listeners (workspace-change.ts). It never saves anything itself: persistence.ts
 * follows the changes and decides, so no change has a saving and a non-saving twin.
 */
import type {
	CompareTarget,
	Cursor,
	Edits,
	FileId,
	MergeInProgress,
	Resolution
} from '../core/index.ts';
import { CursorMemory } from './cursor-memory.ts';
import { NO_EDITS, withFileEdits, withSegmentEdit } from './edits-map.ts';
import { segmentCountOf, sortOpened, type FileEntry, type SortedOpen } from './file-entry.ts';
import { isFailedFile } from './file-status.ts';
import type { ChangeListener, ChangeOrigin, WorkspaceChange } from './workspace-change.ts';

export class Workspace {
	files = $state.raw<readonly FileEntry[]>([]);
	/** Edited translations per file id, by segment id. Replaced, never mutated. */
	edits = $state.raw<ReadonlyMap<FileId, Edits>>(NO_EDITS_BY_FILE);
	currentId = $state<FileId | null>(null);
	compare = $state<CompareTarget>('source');
	/** Dismissal keys of dismissed QA problems per file. Replaced, never mutated. */
	dismissed = $state.raw<ReadonlyMap<FileId, ReadonlySet<string>>>(NONE_CONFIRMED_BY_FILE);
	/**
	 * Drafts per file, by segment id: translations kept as typed though the core refuses them
	 * (issue 13.6). Saved and restored, never an edit: exports use the last valid translation.
	 */
	drafts = $state.raw<ReadonlyMap<FileId, ReadonlyMap<string, string>>>(NO_DRAFTS_BY_FILE);
	/** Confirmed segment ids per file. Replaced, never mutated. */
	confirmed = $state.raw<ReadonlyMap<FileId, ReadonlySet<string>>>(NONE_CONFIRMED_BY_FILE);
	/** Merges waiting in the Merge summary, the one on screen first. Replaced, never mutated. */
	merges = $state.raw<readonly MergeInProgress[]>([]);
	readonly #cursors = new CursorMemory();
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- subscribers, not state to render
	readonly #listeners = new Set<ChangeListener>();

	readonly current = $derived(this.files.find((file) => file.id === this.currentId) ?? null);
	readonly segmentCount = $derived(this.files.reduce((sum, file) => sum + segmentCountOf(file), 0));
	/** Real failures only: a file with no segments is not one (file-status.ts). */
	readonly failedCount = $derived(this.files.filter((file) => isFailedFile(file.summary)).length);
	/** Confirmed segments over every open file (the Progress bar's value). */
	readonly confirmedCount = $derived(
		[...this.confirmed.values()].reduce((sum, ids) => sum + ids.size, 0)
	);

	/** Follows every change after it was applied; returns the unsubscribe. */
	listen(listener: ChangeListener): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	/**
	 * Adds the files whose paths are not open. An open file is never replaced here: those with
	 * the same path (or the same bytes under another path) are returned for the caller to decide.
	 */
	addFiles(incoming: readonly FileEntry[], origin: ChangeOrigin): SortedOpen {
		const sorted = sortOpened(this.files, incoming);
		if (sorted.added.length > 0) {
			this.files = [...this.files, ...sorted.added];
			this.currentId ??= sorted.added.find((file) => file.summary.ok)?.id ?? null;
			this.#emit({ kind: 'files-added', files: sorted.added }, origin);
		}
		return sorted;
	}

	/** Adds a file the translator wants as a second copy: only its path must be new. */
	addCopy(file: FileEntry, origin: ChangeOrigin): void {
		if (this.isOpen(file.id)) return;
		this.files = [...this.files, file];
		this.#emit({ kind: 'files-added', files: [file] }, origin);
	}

	/** Replaces an open file by another version of it, with the edits that apply to that one. */
	replaceFile(
		file: FileEntry,
		edits: Edits,
		cursor: Cursor,
		origin: ChangeOrigin,
		confirmed: ReadonlySet<string> = NONE_CONFIRMED
	): void {
		if (!this.isOpen(file.id)) return;
		this.files = this.files.map((open) => (open.id === file.id ? file : open));
		this.edits = withFileEdits(this.edits, file.id, edits);
		this.confirmed = withConfirmed(this.confirmed, file.id, confirmed);
		// Another version's segments: drafts of the old one are not carried (nor stored: see persistence).
		this.drafts = withFileEdits(this.drafts, file.id, NO_EDITS);
		this.#cursors.set(file.id, cursor);
		this.#emit({ kind: 'file-replaced', file, edits, confirmed, cursor }, origin);
	}

	/** Closes files (another tab closed them). */
	removeFiles(fileIds: readonly FileId[], origin: ChangeOrigin): void {
		const closing: readonly string[] = fileIds.filter((id) => this.isOpen(id));
		if (closing.length === 0) return;
		this.files = this.files.filter((file) => !closing.includes(file.id));
		for (const id of fileIds) {
			this.edits = withFileEdits(this.edits, id, NO_EDITS);
			this.confirmed = withConfirmed(this.confirmed, id, NONE_CONFIRMED);
			this.drafts = withFileEdits(this.drafts, id, NO_EDITS);
		}
		if (this.currentId !== null && closing.includes(this.currentId))
			this.currentId = this.files.find((file) => file.summary.ok)?.id ?? null;
		this.#emit({ kind: 'files-removed', fileIds: [...fileIds] }, origin);
		// A merge into a closed file has nothing left to replace.
		const kept = this.merges.filter((merge) => !closing.includes(merge.fileId));
		if (kept.length < this.merges.length) this.setMerges(kept, origin);
	}

	select(fileId: FileId, origin: ChangeOrigin): void {
		if (!this.isOpen(fileId) || this.currentId === fileId) return;
		this.currentId = fileId;
		this.#emit({ kind: 'file-selected', fileId }, origin);
	}

	isOpen(fileId: string): boolean {
		return this.files.some((file) => file.id === fileId);
	}

	editsOf(fileId: FileId): Edits {
		return this.edits.get(fileId) ?? NO_EDITS;
	}

	cursorOf(fileId: FileId): Cursor {
		return this.#cursors.get(fileId);
	}

	/** Sets (or, with null, removes) one segment's edited translation. */
	setEdit(fileId: FileId, segmentId: string, text: string | null, origin: ChangeOrigin): void {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a one-off value, not state
		this.setEdits(fileId, new Map([[segmentId, text]]), origin);
	}

	/** Sets several segments of one file at once (one change: a replace, another tab's texts). */
	setEdits(fileId: FileId, texts: ReadonlyMap<string, string | null>, origin: ChangeOrigin): void {
		if (texts.size === 0) return;
		let edits = this.edits;
		for (const [segmentId, text] of texts)
			edits = withSegmentEdit(edits, fileId, segmentId, text).all;
		this.edits = edits;
		this.#emit({ kind: 'segments-edited', fileId, texts }, origin);
	}

	/** Sets a file's edits, confirmations, drafts and cursor as a whole (restore, backup import). */
	setFileEdits(
		fileId: FileId,
		edits: Edits,
		cursor: Cursor,
		origin: ChangeOrigin,
		confirmed: ReadonlySet<string> = NONE_CONFIRMED,
		dismissed: ReadonlySet<string> = NONE_CONFIRMED,
		drafts: ReadonlyMap<string, string> = NO_EDITS
	): void {
		this.edits = withFileEdits(this.edits, fileId, edits);
		this.confirmed = withConfirmed(this.confirmed, fileId, confirmed);
		this.dismissed = withConfirmed(this.dismissed, fileId, dismissed);
		this.drafts = withFileEdits(this.drafts, fileId, drafts);
		this.#cursors.set(fileId, cursor);
		this.#emit(
			{ kind: 'file-edits-set', fileId, edits, confirmed, dismissed, drafts, cursor },
			origin
		);
	}

	draftsOf(fileId: FileId): ReadonlyMap<string, string> {
		return this.drafts.get(fileId) ?? NO_EDITS;
	}

	/** Keeps (or, with null, drops) a segment's draft: what was typed while the core refuses it. */
	setDraft(fileId: FileId, segmentId: string, text: string | null, origin: ChangeOrigin): void {
		if ((this.draftsOf(fileId).get(segmentId) ?? null) === text) return;
		this.drafts = withSegmentEdit(this.drafts, fileId, segmentId, text).all;
		this.#emit({ kind: 'draft-set', fileId, segmentId, text }, origin);
	}

	dismissedOf(fileId: FileId): ReadonlySet<string> {
		return this.dismissed.get(fileId) ?? NONE_CONFIRMED;
	}

	/** Dismisses QA problems (by their dismissal keys), or brings them back. */
	setDismissed(
		fileId: FileId,
		keys: readonly string[],
		isDismissed: boolean,
		origin: ChangeOrigin
	): void {
		const changed = this.#mark('dismissed', fileId, keys, isDismissed);
		if (changed.length > 0)
			this.#emit({ kind: 'problems-dismissed', fileId, keys: changed, isDismissed }, origin);
	}

	confirmedOf(fileId: FileId): ReadonlySet<string> {
		return this.confirmed.get(fileId) ?? NONE_CONFIRMED;
	}

	/** Marks segments as confirmed (done), or takes the mark away. */
	setConfirmed(
		fileId: FileId,
		segmentIds: readonly string[],
		isConfirmed: boolean,
		origin: ChangeOrigin
	): void {
		const changed = this.#mark('confirmed', fileId, segmentIds, isConfirmed);
		if (changed.length > 0)
			this.#emit({ kind: 'segments-confirmed', fileId, segmentIds: changed, isConfirmed }, origin);
	}

	/** Adds or removes ids in a file's set of marks; returns the ids that changed. */
	#mark(
		marks: 'confirmed' | 'dismissed',
		fileId: FileId,
		ids: readonly string[],
		isSet: boolean
	): string[] {
		const before = this[marks].get(fileId) ?? NONE_CONFIRMED;
		const changed = ids.filter((id) => before.has(id) !== isSet);
		if (changed.length === 0) return changed;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- copied, then replaced whole
		const next = new Set(before);
		for (const id of changed) {
			if (isSet) next.add(id);
			else next.delete(id);
		}
		this[marks] = withConfirmed(this[marks], fileId, next);
		return changed;
	}

	moveCursor(fileId: FileId, cursor: Cursor, origin: ChangeOrigin): void {
		if (this.#cursors.set(fileId, cursor))
			this.#emit({ kind: 'cursor-moved', fileId, cursor }, origin);
	}

	setCompare(compare: CompareTarget, origin: ChangeOrigin): void {
		this.compare = compare;
		this.#emit({ kind: 'compare-set', compare }, origin);
	}

	/** Replaces the merges waiting in the Merge summary (a restore; the methods below). */
	setMerges(merges: readonly MergeInProgress[], origin: ChangeOrigin): void {
		this.merges = merges;
		this.#emit({ kind: 'merges-set', merges }, origin);
	}

	/** Queues a merge behind the waiting ones. */
	queueMerge(merge: MergeInProgress, origin: ChangeOrigin): void {
		this.setMerges([...this.merges, merge], origin);
	}

	/** Settles (or unsettles, with null) the conflict group `theirsId` of the merge `mergeId`. */
	resolveMergeConflict(
		mergeId: string,
		theirsId: string,
		resolution: Resolution | null,
		origin: ChangeOrigin
	): void {
		const next = this.merges.map((merge) => {
			if (merge.id !== mergeId) return merge;
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- copied, then replaced whole
			const resolutions = new Map(merge.resolutions);
			if (resolution === null) resolutions.delete(theirsId);
			else resolutions.set(theirsId, resolution);
			return { ...merge, resolutions };
		});
		this.setMerges(next, origin);
	}

	/** Takes a merge out of the queue (applied or cancelled). */
	endMerge(mergeId: string, origin: ChangeOrigin): void {
		const kept = this.merges.filter((merge) => merge.id !== mergeId);
		if (kept.length < this.merges.length) this.setMerges(kept, origin);
	}

	/** Forgets every file and edit. */
	clear(origin: ChangeOrigin): void {
		this.merges = [];
		this.files = [];
		this.edits = NO_EDITS_BY_FILE;
		this.confirmed = NONE_CONFIRMED_BY_FILE;
		this.dismissed = NONE_CONFIRMED_BY_FILE;
		this.drafts = NO_DRAFTS_BY_FILE;
		this.currentId = null;
		this.#cursors.clear();
		this.#emit({ kind: 'cleared' }, origin);
	}

	#emit(change: WorkspaceChange, origin: ChangeOrigin): void {
		for (const listener of this.#listeners) listener(change, origin);
	}
}

const NO_EDITS_BY_FILE: ReadonlyMap<FileId, Edits> = new Map();
const NO_DRAFTS_BY_FILE: ReadonlyMap<FileId, ReadonlyMap<string, string>> = new Map();
const NONE_CONFIRMED: ReadonlySet<string> = new Set();
const NONE_CONFIRMED_BY_FILE: ReadonlyMap<FileId, ReadonlySet<string>> = new Map();

function withConfirmed(
	all: ReadonlyMap<FileId, ReadonlySet<string>>,
	fileId: FileId,
	confirmed: ReadonlySet<string>
): ReadonlyMap<FileId, ReadonlySet<string>> {
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- copied, then replaced whole
	const next = new Map(all);
	if (confirmed.size === 0) next.delete(fileId);
	else next.set(fileId, confirmed);
	return next;
}
