/**
 * Keys of the Translation side that would break one segment per line, and the translator's keys.
 * Every binding carries the `locdiffTranslation` context key, which exists only on the
 * Translation editor, and `editorTextFocus`, which is false inside Monaco's own widgets (Find):
 * a binding without it would also swallow Enter there (notes, "Input").
 *
 * | key                     | does                                                     |
 * |-------------------------|----------------------------------------------------------|
 * | Enter                   | nothing but a hint (a segment is one line)               |
 * | Shift+Enter             | inserts a visible newline (⏎) inside the translation     |
 * | Ctrl+Enter              | confirm the segment, go to the next unconfirmed one      |
 * | Ctrl+Shift+Enter        | previous segment                                         |
 * | F7 / Shift+F7           | next / previous difference or token problem (both sides) |
 * | Alt+F2                  | Monaco's accessible diff viewer (F7 by default)          |
 * | Ctrl+1 / Ctrl+2 / Ctrl+3 | insert match 1 / 2 / 3 of the Matches list (both sides) |
 * | Backspace at a row start, Delete at a row end | nothing (would join two segments)  |
 */
import { monaco } from './monaco.ts';
import type { editor } from 'monaco-editor/editor';

export interface KeyActions {
	hintEnter(): void;
	insertNewline(): void;
	goToRow(delta: 1 | -1): void;
	/** Ctrl+Enter: confirm the current segment and move on (issue 10). */
	confirmAndNext(): void;
	goToDifference(direction: 1 | -1): void;
	openAccessibleDiffViewer(): void;
	/** Ctrl+1…3: put match `n` of the Matches list into the current translation (issue 10). */
	insertMatch(n: 1 | 2 | 3): void;
}

const { KeyCode, KeyMod } = monaco;

export function installKeybindings(
	translation: editor.IStandaloneCodeEditor,
	original: editor.IStandaloneCodeEditor,
	actions: KeyActions
): void {
	translation.createContextKey('locdiffTranslation', true);
	const atRowStart = translation.createContextKey<boolean>('locdiffAtRowStart', false);
	const atRowEnd = translation.createContextKey<boolean>('locdiffAtRowEnd', false);
	translation.onDidChangeCursorSelection(() => {
		const selection = translation.getSelection();
		const model = translation.getModel();
		const isSingleCaret = (translation.getSelections()?.length ?? 0) === 1 && selection?.isEmpty();
		atRowStart.set(Boolean(isSingleCaret && selection && selection.startColumn === 1));
		atRowEnd.set(
			Boolean(
				isSingleCaret &&
				selection &&
				model &&
				selection.startColumn === model.getLineMaxColumn(selection.startLineNumber)
			)
		);
	});
	const onTranslation = 'editorTextFocus && locdiffTranslation';
	const nothing = (): void => undefined;
	translation.addCommand(KeyCode.Enter, () => actions.hintEnter(), onTranslation);
	translation.addCommand(
		KeyMod.Shift | KeyCode.Enter,
		() => actions.insertNewline(),
		onTranslation
	);
	translation.addCommand(
		KeyMod.CtrlCmd | KeyCode.Enter,
		() => actions.confirmAndNext(),
		onTranslation
	);
	translation.addCommand(
		KeyMod.CtrlCmd | KeyMod.Shift | KeyCode.Enter,
		() => actions.goToRow(-1),
		onTranslation
	);
	translation.addCommand(KeyCode.Backspace, nothing, `${onTranslation} && locdiffAtRowStart`);
	translation.addCommand(KeyCode.Delete, nothing, `${onTranslation} && locdiffAtRowEnd`);
	// F7 is "next difference" for translators (issue 4); Monaco's accessible diff viewer, which
	// F7 opens by default, moves to Alt+F2. Bound on both sides: either may have focus.
	for (const side of [translation, original]) {
		side.addCommand(KeyCode.F7, () => actions.goToDifference(1), 'editorTextFocus');
		side.addCommand(KeyMod.Shift | KeyCode.F7, () => actions.goToDifference(-1), 'editorTextFocus');
		side.addCommand(
			KeyMod.Alt | KeyCode.F2,
			() => actions.openAccessibleDiffViewer(),
			'editorTextFocus'
		);
		const digits = [KeyCode.Digit1, KeyCode.Digit2, KeyCode.Digit3] as const;
		digits.forEach((digit, at) => {
			const n = (at + 1) as 1 | 2 | 3;
			side.addCommand(KeyMod.CtrlCmd | digit, () => actions.insertMatch(n), 'editorTextFocus');
			// A browser tab keeps Ctrl+1…8 for its own tabs; Alt+1…3 reach the page everywhere.
			side.addCommand(KeyMod.Alt | digit, () => actions.insertMatch(n), 'editorTextFocus');
		});
	}
}
