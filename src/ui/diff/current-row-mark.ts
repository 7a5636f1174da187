/**
 * The current segment, highlighted on both sides (issue 13.4): the cursor's row gets a
 * whole-line decoration in the Translation editor and in the left editor, so every wrapped line
 * of the segment is marked, not only the line the cursor is on (Monaco's own current-line
 * highlight is a faint border around one visual line). Row N is line N on both sides. The
 * colours live in SegmentDiffEditor's styles (light, dark and forced-colors).
 */
import type { editor } from 'monaco-editor/editor';

export class CurrentRowMark {
	readonly #sides: { editor: editor.ICodeEditor; marks: editor.IEditorDecorationsCollection }[];

	constructor(...editors: editor.ICodeEditor[]) {
		this.#sides = editors.map((side) => ({
			editor: side,
			marks: side.createDecorationsCollection()
		}));
	}

	/** Highlights the 0-based `row` on every side that has that line. */
	paint(row: number): void {
		const lineNumber = row + 1;
		for (const { editor: side, marks } of this.#sides) {
			const lineCount = side.getModel()?.getLineCount() ?? 0;
			marks.set(
				lineNumber > lineCount
					? []
					: [
							{
								range: {
									startLineNumber: lineNumber,
									startColumn: 1,
									endLineNumber: lineNumber,
									endColumn: 1
								},
								options: {
									isWholeLine: true,
									className: 'locdiff-current-row',
									marginClassName: 'locdiff-current-margin'
								}
							}
						]
			);
		}
	}

	dispose(): void {
		for (const { marks } of this.#sides) marks.clear();
	}
}
