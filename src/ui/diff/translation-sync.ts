/**
 * Keeps the Translation model and the workbench in step, one segment per line:
 * - a change that keeps the line count reaches `onedit` (markers decoded to real line breaks)
 *   after `checkEdit` accepted it; a refused change stays as typed and goes to `ondraft` with
 *   its reason (issue 13.6: undoing each refused key left junk such as `<spanx">`), or, with
 *   no `ondraft`, is undone and its reason reported;
 * - a change that alters the line count (Backspace at a row start in a multi-cursor, context-menu
 *   paste, IME, a cut across rows...) is undone and replaced by what it meant with the line count
 *   kept (line-repair.ts), as one undo step, so undo/redo only ever see N-line states;
 * - a row changed from outside (revert, restore, another tab) is written with
 *   `pushEditOperations`, so undo still works, and is not echoed back as an edit. The workspace
 *   takes every edit synchronously, so the rows handed back always hold what the model holds for
 *   the rows it sent: a row equal to the model's line is ours and is skipped.
 */
import type { editor } from 'monaco-editor/editor';
import { monaco } from './monaco.ts';
import type { SegmentRow } from '../../core/index.ts';
import type { FileModels } from './models.ts';
import { decodeLine, encodeLine } from './line-codec.ts';
import { applyChangesKeepingLines, type RepairedLines } from './line-repair.ts';

export interface SyncCallbacks {
	onedit(index: number, text: string): void;
	checkEdit(index: number, text: string): string | null;
	onrefuse(reason: string): void;
	/** A refused text kept as typed (a draft): the workbench saves it but never exports it. */
	ondraft?(index: number, text: string, reason: string): void;
	markerFor(row: number): string;
}

export class TranslationSync {
	readonly #editor: editor.ICodeEditor;
	readonly #callbacks: SyncCallbacks;
	#models: FileModels | null = null;
	#subscription: monaco.IDisposable | null = null;
	/** True while this class edits the model itself: those changes are not edits to report. */
	#isSilent = false;
	#isRepairScheduled = false;
	/** `current` of each row as last given in the props: only rows whose prop changed are written. */
	#lastProps: readonly string[] = [];

	constructor(translationEditor: editor.ICodeEditor, callbacks: SyncCallbacks) {
		this.#editor = translationEditor;
		this.#callbacks = callbacks;
	}

	/**
	 * Starts following the Translation model of a newly shown file, first writing the rows that
	 * changed while it was hidden (its model kept the session's undo history).
	 */
	follow(models: FileModels, rows: readonly SegmentRow[]): void {
		this.#subscription?.dispose();
		this.#models = models;
		this.#lastProps = [];
		this.applyRows(rows);
		this.#subscription = models.translation.onDidChangeContent((event) => this.#onChange(event));
	}

	/** Writes rows whose `current` differs from the model and was not sent by us. */
	applyRows(rows: readonly SegmentRow[]): void {
		const models = this.#models;
		if (!models) return;
		const edits: editor.IIdentifiedSingleEditOperation[] = [];
		const lastProps = this.#lastProps;
		this.#lastProps = rows.map((row) => row.current);
		rows.forEach((row, index) => {
			if (row.current === lastProps[index]) return;
			const line = encodeLine(row.current);
			if (line === models.lines[index]) return;
			const lineNumber = index + 1;
			const range = new monaco.Range(
				lineNumber,
				1,
				lineNumber,
				models.translation.getLineMaxColumn(lineNumber)
			);
			edits.push({ range, text: line });
			models.lines[index] = line;
		});
		if (edits.length === 0) return;
		this.#silently(() => {
			models.translation.pushStackElement();
			models.translation.pushEditOperations(this.#editor.getSelections(), edits, () => null);
			models.translation.pushStackElement();
		});
	}

	dispose(): void {
		this.#subscription?.dispose();
		this.#subscription = null;
	}

	#onChange(event: editor.IModelContentChangedEvent): void {
		const models = this.#models;
		if (!models || this.#isSilent) return;
		if (models.translation.getLineCount() !== models.lines.length) {
			if (this.#isRepairScheduled) return;
			this.#isRepairScheduled = true;
			const intended = applyChangesKeepingLines(
				models.lines,
				event.changes.map(toLineChange),
				(row) => this.#callbacks.markerFor(row)
			);
			// After the command that made the change has closed its undo step.
			queueMicrotask(() => this.#repair(models, intended));
			return;
		}
		// With drafts every state is checked: an undo may well land on a refused text.
		const isDraftKept = this.#callbacks.ondraft !== undefined;
		this.#reconcile(models, isDraftKept || (!event.isUndoing && !event.isRedoing));
	}

	/** Reports changed rows; on a refused row, undoes the change (and reports the undo). */
	#reconcile(models: FileModels, shouldCheck: boolean): void {
		const changed: [number, string][] = [];
		const lines = models.translation.getLinesContent();
		lines.forEach((line, index) => {
			if (line !== models.lines[index]) changed.push([index, line]);
		});
		const ondraft = this.#callbacks.ondraft?.bind(this.#callbacks);
		if (ondraft) {
			for (const [index, line] of changed) {
				models.lines[index] = line;
				const text = decodeLine(line);
				const reason = shouldCheck ? this.#callbacks.checkEdit(index, text) : null;
				if (reason === null) this.#callbacks.onedit(index, text);
				else ondraft(index, text, reason);
			}
			return;
		}
		for (const [index, line] of changed) {
			const reason = shouldCheck ? this.#callbacks.checkEdit(index, decodeLine(line)) : null;
			if (reason !== null) {
				queueMicrotask(() => {
					this.#silently(() => void models.translation.undo());
					this.#reconcile(models, false);
					this.#callbacks.onrefuse(reason);
				});
				return;
			}
		}
		for (const [index, line] of changed) {
			models.lines[index] = line;
			this.#callbacks.onedit(index, decodeLine(line));
		}
	}

	#repair(models: FileModels, intended: RepairedLines): void {
		this.#isRepairScheduled = false;
		const model = models.translation;
		this.#silently(() => {
			void model.undo();
			if (model.getLineCount() !== intended.lines.length) {
				// Not our undo step (should not happen): replace the whole text instead.
				model.pushEditOperations(
					null,
					[{ range: model.getFullModelRange(), text: intended.lines.join('\n') }],
					() => null
				);
				return;
			}
			const edits = intended.lines.flatMap((line, index) => {
				if (model.getLineContent(index + 1) === line) return [];
				const range = new monaco.Range(index + 1, 1, index + 1, model.getLineMaxColumn(index + 1));
				return [{ range, text: line }];
			});
			model.pushStackElement();
			model.pushEditOperations(this.#editor.getSelections(), edits, () => null);
			model.pushStackElement();
		});
		if (intended.end)
			this.#editor.setPosition({ lineNumber: intended.end.row + 1, column: intended.end.column });
		this.#reconcile(models, true);
	}

	#silently(action: () => void): void {
		this.#isSilent = true;
		try {
			action();
		} finally {
			this.#isSilent = false;
		}
	}
}

function toLineChange(change: editor.IModelContentChange) {
	return { ...change.range, text: change.text };
}
