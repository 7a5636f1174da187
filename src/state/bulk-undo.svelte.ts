/* eslint-disable svelte/prefer-svelte-reactivity -- the before-texts are built once per step and
   kept whole in `$state.raw`, never mutated while rendered */
/**
 * One undo step for a change to many segments of many files at once: Replace all, giving a
 * confirmed translation to its repetitions, an XLIFF import. Each such change is applied here, so
 * Ctrl+Z outside the editor (and the dialogs' Undo buttons) takes the last one back across all
 * files, whichever feature made it. The texts go through the workspace with origin `user`, so a
 * step and its undo are saved and synced like typing. Only the last step is kept: a bulk change
 * is something the translator checks at once, not a history to walk back through.
 */
import type { FileId } from '../core/index.ts';
import type { Notices } from './notices.svelte.ts';
import type { Workspace } from './workspace.svelte.ts';

/** New texts by file and segment id; null puts the original translation back (no edit). */
export type BulkTexts = ReadonlyMap<FileId, ReadonlyMap<string, string | null>>;

interface UndoStep {
	/** What the step was, for the message after undoing it, e.g. "The replacement". */
	readonly label: string;
	/** Each changed segment's text before the step (null: it had no edit). */
	readonly before: BulkTexts;
}

export class BulkUndo {
	#step = $state.raw<UndoStep | null>(null);

	readonly canUndo = $derived(this.#step !== null);
	/** The label of the step Undo would take back, or null. */
	readonly label = $derived(this.#step?.label ?? null);

	constructor(
		private readonly workspace: Workspace,
		private readonly notices: Notices
	) {}

	/**
	 * Applies `texts` as one undoable step named `label`. Segments whose text would not change are
	 * left out of the step; returns how many segments changed.
	 */
	apply(label: string, texts: BulkTexts): number {
		const before = new Map<FileId, Map<string, string | null>>();
		let changed = 0;
		for (const [fileId, fileTexts] of texts) {
			if (!this.workspace.isOpen(fileId)) continue;
			const edits = this.workspace.editsOf(fileId);
			const changes = new Map<string, string | null>();
			const previous = new Map<string, string | null>();
			for (const [segmentId, text] of fileTexts) {
				const old = edits.get(segmentId) ?? null;
				if (old === text) continue;
				changes.set(segmentId, text);
				previous.set(segmentId, old);
			}
			if (changes.size === 0) continue;
			before.set(fileId, previous);
			changed += changes.size;
			this.workspace.setEdits(fileId, changes, 'user');
		}
		if (changed > 0) this.#step = { label, before };
		return changed;
	}

	/** Takes the last step back in every file it changed that is still open. */
	undo(): void {
		const step = this.#step;
		if (step === null) return;
		for (const [fileId, texts] of step.before)
			if (this.workspace.isOpen(fileId)) this.workspace.setEdits(fileId, texts, 'user');
		this.#step = null;
		this.notices.push('info', `${step.label} was undone in every file.`);
	}

	/** Forgets the step (e.g. when the files it changed are closed). */
	clear(): void {
		this.#step = null;
	}
}
