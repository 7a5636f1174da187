/**
 * The marker of a draft (issue 13.6): a Translation row whose text the core refuses, kept as
 * typed. One whole-line mark per draft row (every wrapped line, a bar in the gutter, a mark in
 * the overview ruler, the reason on hover), however many keys made it: one marker per segment.
 * The pane's message line says the same in words while the cursor is in that row.
 */
import type { editor } from 'monaco-editor/editor';
import { monaco } from './monaco.ts';

const DRAFT_COLOUR = '#cf222e';

export class DraftMarks {
	readonly #collection: editor.IEditorDecorationsCollection;

	constructor(translation: editor.ICodeEditor) {
		this.#collection = translation.createDecorationsCollection();
	}

	/** Marks every row with a reason (a draft); rows with null stay plain. */
	paint(reasons: readonly (string | null)[]): void {
		const decorations: editor.IModelDeltaDecoration[] = [];
		reasons.forEach((reason, row) => {
			if (reason === null) return;
			decorations.push({
				range: { startLineNumber: row + 1, startColumn: 1, endLineNumber: row + 1, endColumn: 1 },
				options: {
					isWholeLine: true,
					className: 'locdiff-draft-row',
					linesDecorationsClassName: 'locdiff-draft-gutter',
					hoverMessage: { value: draftMessage(reason) },
					overviewRuler: { color: DRAFT_COLOUR, position: monaco.editor.OverviewRulerLane.Full }
				}
			});
		});
		this.#collection.set(decorations);
	}

	dispose(): void {
		this.#collection.clear();
	}
}

/** The one message of a draft row, in the message line and its hover. */
export function draftMessage(reason: string): string {
	return `Draft, not saved as an edit: ${reason} Export keeps this segment's last valid translation until you fix it (or Alt+R reverts it).`;
}
