/**
 * Gutter marks for the workflow state of each row (issues 10 and 13.4): a bar in the margin of
 * both sides, one colour for edited and one for confirmed rows, so a translator sees at a glance
 * what is done. Whole-line decorations: every wrapped line of a row is marked. The colours live
 * in SegmentDiffEditor's styles (light, dark and forced-colors themes).
 */
import type { editor } from 'monaco-editor/editor';
import type { SegmentState } from '../../core/index.ts';

const CLASS_BY_STATE: Partial<Record<SegmentState, string>> = {
	edited: 'locdiff-state-edited',
	confirmed: 'locdiff-state-confirmed'
};

export class StateMarks {
	readonly #collections: editor.IEditorDecorationsCollection[];

	constructor(...editors: editor.ICodeEditor[]) {
		this.#collections = editors.map((side) => side.createDecorationsCollection());
	}

	/** Marks rows by their state; untouched rows stay plain. */
	paint(states: readonly SegmentState[]): void {
		const decorations: editor.IModelDeltaDecoration[] = [];
		states.forEach((state, row) => {
			const className = CLASS_BY_STATE[state];
			if (className === undefined) return;
			decorations.push({
				range: { startLineNumber: row + 1, startColumn: 1, endLineNumber: row + 1, endColumn: 1 },
				options: { isWholeLine: true, linesDecorationsClassName: className }
			});
		});
		for (const collection of this.#collections) collection.set(decorations);
	}

	dispose(): void {
		for (const collection of this.#collections) collection.clear();
	}
}
