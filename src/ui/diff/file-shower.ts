/**
 * Which file the diff pane shows and with which left side: attaching its models (kept per file
 * by models.ts, so undo spans the session), staging a big file over tasks, and disposing the
 * models of closed files. SegmentDiffEditor.svelte feeds it its props and keeps the reactive
 * parts; this holds the steps, so the component stays about wiring.
 */
import type { editor } from 'monaco-editor/editor';
import type { CompareTarget, Cursor, SegmentRow } from '../../core/index.ts';
import { nextTask } from '../../state/index.ts';
import { bigFileNotice, isBigFile, layoutOptionsFor } from './big-file.ts';
import { setProblemRows, setWordDiff } from './diff-provider.ts';
import type { FileModels, FileModelStore } from './models.ts';
import { modelsToClose, type PaneController } from './pane-controller.ts';
import type { SourceViewChecker } from './source-view-checker.ts';
import { markShowStart } from './timing.ts';
import type { TranslationSync } from './translation-sync.ts';

/** The pane's props and parts the shower reads when it runs (never cached: they change). */
export interface ShowerContext {
	readonly editor: () => editor.IStandaloneDiffEditor | null;
	readonly store: FileModelStore;
	readonly checker: SourceViewChecker;
	readonly controller: PaneController;
	readonly sync: () => TranslationSync | null;
	readonly fileId: () => string;
	readonly rows: () => readonly SegmentRow[];
	readonly compare: () => CompareTarget;
	readonly compared: () => readonly string[] | null;
	readonly isCrossLanguage: () => boolean;
	readonly initialCursor: () => Cursor;
	/** The left side's name, for its editor's accessible name. */
	readonly leftName: () => string;
	/** Sets the pane's passing message. */
	readonly say: (message: string) => void;
	/** After a show: the Translation cursor's row (the message line and the row highlight). */
	readonly oncursorrow: (row: number) => void;
}

export interface ShownFile {
	readonly fileId: string;
	readonly models: FileModels;
}

export class FileShower {
	/** The file attached and followed, or null (none yet, or a big file still being staged). */
	shown: ShownFile | null = null;
	/** The big file being staged, or null. */
	#staging: object | null = null;

	constructor(private readonly context: ShowerContext) {}

	/** Shows file `id` against `target` (a newer call wins over a big file still being staged). */
	show(
		editorPair: editor.IStandaloneDiffEditor,
		id: string,
		target: CompareTarget,
		texts: readonly string[] | null
	): void {
		const { store, checker, controller, rows: rowsOf } = this.context;
		const rows = rowsOf();
		const isNewFile = this.shown?.fileId !== id;
		this.#staging = null;
		if (isNewFile && isBigFile(rows.length) && store.peek(id) === undefined) {
			void this.#stageBigFile(editorPair, id);
			return;
		}
		markShowStart(isNewFile);
		if (isNewFile && this.shown) this.shown.models.viewState = editorPair.saveViewState();
		const models = store.get(id, rows);
		if (isNewFile) checker.problemRows = [];
		if (target === 'source') setProblemRows(models.source, checker.problemRows);
		// Before the models are attached: wrapping is decided before Monaco lays the lines out.
		if (isNewFile) editorPair.updateOptions(layoutOptionsFor(rows.length));
		const left = this.#leftModel(models, target, texts);
		editorPair.setModel({ original: left, modified: models.translation });
		// Source view: +/- would read as "deleted"/"inserted"; a hunk there means a token problem.
		const isSameLanguage =
			target === 'original' || (texts !== null && !this.context.isCrossLanguage());
		editorPair.updateOptions({ renderIndicators: isSameLanguage });
		// Set after creation and after every options update: creation-time labels are lost (notes).
		editorPair.getOriginalEditor().updateOptions({ ariaLabel: this.context.leftName() });
		editorPair.getModifiedEditor().updateOptions({ ariaLabel: 'Translation' });
		if (isNewFile) {
			// A passing message was about the file left ("No token problems in this file.").
			this.context.say(isBigFile(rows.length) ? bigFileNotice(rows.length) : '');
			this.shown = { fileId: id, models };
			this.context.sync()?.follow(models, rows);
			if (models.viewState) editorPair.restoreViewState(models.viewState);
			else controller.placeCursor(this.context.initialCursor());
		}
		checker.clearDecorations();
		if (target === 'source') checker.schedule(0);
		// A new left model starts without the highlight; the cursor's row may have changed too.
		this.context.oncursorrow(controller.currentRow());
	}

	/** Disposes the models of `ids`, except the shown file's and the one attached to the editor. */
	closeModels(editorPair: editor.IStandaloneDiffEditor, ids: readonly string[]): void {
		const { store } = this.context;
		const attached = editorPair.getModel()?.modified;
		const keep = new Set(
			store
				.fileIds()
				.filter((id) => id === this.shown?.fileId || attached === store.peek(id)?.translation)
		);
		for (const id of modelsToClose(ids, [], keep)) store.close(id);
	}

	/**
	 * A big file's first show, spread over tasks (issue 13.8): its models are built a chunk per
	 * task (models.ts). The Translation model is attached after its first chunk, against an empty
	 * placeholder (read-only until `show` follows it), and the left side after its first chunk;
	 * later chunks grow them on screen, so Monaco lays out a chunk's lines per task instead of a
	 * whole 65,000-line side in one. Then the normal `show` follows the file. A newer show or an
	 * unmounted pane cancels it.
	 */
	async #stageBigFile(editorPair: editor.IStandaloneDiffEditor, id: string): Promise<void> {
		const { store, editor: editorOf, fileId, compare } = this.context;
		const token = {};
		this.#staging = token;
		const isCurrent = () => this.#staging === token && editorOf() === editorPair && fileId() === id;
		const rows = this.context.rows();
		const leftSide = compare() === 'original' ? 'original' : 'source';
		const { steps, made, abandon } = store.creationSteps(id, rows, leftSide);
		const modified = editorPair.getModifiedEditor();
		// Cancelled: nothing half-built may stay attached, and models go in a later task (a diff
		// of the pair may still be scheduled, see closeModels).
		const cancel = () => {
			// `shown` null: no other file was attached since ours (a newer stage is still building).
			if (editorOf() === editorPair && this.shown === null) editorPair.setModel(null);
			modified.updateOptions({ readOnly: false });
			setTimeout(abandon, 0);
		};
		let attached: 'nothing' | 'translation' | 'both' = 'nothing';
		for (const step of steps) {
			await nextTask();
			if (!isCurrent()) return cancel();
			step();
			const { translation, [leftSide]: left } = made();
			if (attached === 'nothing' && translation) {
				// The file left is no longer on screen: keep its scroll and cursor for its return.
				if (this.shown) this.shown.models.viewState = editorPair.saveViewState();
				this.shown = null;
				editorPair.updateOptions(layoutOptionsFor(rows.length));
				modified.updateOptions({ readOnly: true });
				editorPair.setModel({ original: store.placeholder(), modified: translation });
				this.context.say(bigFileNotice(rows.length));
				attached = 'translation';
			} else if (attached === 'translation' && translation && left) {
				// No diff while the sides grow; `show` registers the real one.
				setProblemRows(left, []);
				editorPair.setModel({ original: left, modified: translation });
				attached = 'both';
			}
		}
		await nextTask();
		modified.updateOptions({ readOnly: false });
		if (isCurrent()) this.show(editorPair, fileId(), compare(), this.context.compared());
	}

	/**
	 * The left model: the source, the original translation, or another open file's aligned
	 * texts. Another locale is registered with the custom provider with no hunks: a line diff
	 * between two languages says nothing (it is side-by-side reading, rows level).
	 */
	#leftModel(
		models: FileModels,
		target: CompareTarget,
		texts: readonly string[] | null
	): editor.ITextModel {
		if (target === 'source') return models.source;
		if (target === 'original' || texts === null) {
			setWordDiff(models.original);
			return models.original;
		}
		const model = this.context.store.compared(models, target, texts);
		if (this.context.isCrossLanguage()) setProblemRows(model, []);
		else setWordDiff(model);
		return model;
	}
}
