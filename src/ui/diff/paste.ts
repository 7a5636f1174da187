/**
 * Paste into the Translation side. Monaco's own paste handler inserts every clipboard line as an
 * editor line (notes, "Input"), so the paste event is taken before Monaco sees it and the text is
 * inserted with its line breaks as visible markers. Like Monaco, when the clipboard has one line
 * per cursor, each cursor gets its line. (Paste from Monaco's context menu goes through its own
 * command; the line repair in translation-sync.ts catches that.)
 */
import type { editor } from 'monaco-editor/editor';
import { encodeLine } from './line-codec.ts';
import { monaco } from './monaco.ts';

export function installPasteHandler(
	translation: editor.ICodeEditor,
	markerFor: (row: number) => string
): () => void {
	const container = translation.getContainerDomNode();
	const onPaste = (event: ClipboardEvent): void => {
		const text = event.clipboardData?.getData('text/plain');
		const selections = translation.getSelections();
		if (
			text === undefined ||
			!selections ||
			translation.getOption(monaco.editor.EditorOption.readOnly)
		)
			return;
		event.preventDefault();
		event.stopImmediatePropagation();
		const lines = text.replace(/\r?\n$/, '').split(/\r\n|\r|\n/);
		const isSpread = selections.length > 1 && lines.length === selections.length;
		const edits = selections.map((selection, index) => {
			const piece = isSpread ? (lines[index] ?? '') : text;
			const marker = markerFor(selection.startLineNumber - 1);
			const encoded = piece
				.split(/\r\n|\r|\n/)
				.map(encodeLine)
				.join(marker);
			return { range: selection, text: encoded, forceMoveMarkers: true };
		});
		translation.pushUndoStop();
		translation.executeEdits('locdiff.paste', edits);
		translation.pushUndoStop();
	};
	container.addEventListener('paste', onPaste, true);
	return () => container.removeEventListener('paste', onPaste, true);
}

/**
 * Shift+Enter: a line break inside a segment is the segment's visible marker, never a new editor
 * line (one segment per line), inserted at every cursor.
 */
export function insertNewlineMarker(
	translation: editor.ICodeEditor,
	markerFor: (row: number) => string
): void {
	const edits = (translation.getSelections() ?? []).map((range) => ({
		range,
		text: markerFor(range.startLineNumber - 1),
		forceMoveMarkers: true
	}));
	translation.executeEdits('locdiff.newline', edits);
}
