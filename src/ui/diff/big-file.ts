/**
 * Big files (issue 13, item 8): from BIG_FILE_ROWS segments on, the pane stops wrapping lines.
 * With wrapping on, Monaco computes the line breaks of every line when a model is attached, and
 * the diff editor pads every row whose wrapped height differs between the sides with a view
 * zone (one DOM node each, ~43,000 at 65,000 segments): together seconds of main-thread work
 * and a page-wide style recalculation. Unwrapped, every row is one line on both sides, so rows
 * stay level with no padding at all. The diff overview ruler is off too: at that size it
 * paints one solid block; the capped problem marks of source-decorations.ts stay.
 */
import type { editor } from 'monaco-editor/editor';

/** Segments from which a file is shown unwrapped: ~5 MB of prose, past where wrapping stalls. */
export const BIG_FILE_ROWS = 20_000;

export function isBigFile(rowCount: number): boolean {
	return rowCount >= BIG_FILE_ROWS;
}

/** The layout options for a file of `rowCount` segments (the defaults of editor-options.ts below it). */
export function layoutOptionsFor(rowCount: number): editor.IDiffEditorOptions {
	const isBig = isBigFile(rowCount);
	return {
		wordWrap: isBig ? 'off' : 'on',
		diffWordWrap: isBig ? 'off' : 'on',
		renderOverviewRuler: !isBig
	};
}

/** What the pane says when it shows a big file, so the missing wrap is not a surprise. */
export function bigFileNotice(rowCount: number): string {
	return `Big file (${rowCount.toLocaleString('en')} segments): lines are not wrapped, so the editor stays responsive.`;
}
