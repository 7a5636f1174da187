/**
 * Keeping one segment per line whatever the edit (issue 4: paste, drag-and-drop, multi-cursor,
 * IME, Backspace at a line start...). Given the lines before an edit and the edit's changes,
 * computes the lines the edit meant with the line count unchanged: line breaks the edit inserts
 * become visible newline markers inside the row, and an edit that removes line breaks leaves
 * each row's remainder in its own row. Pure, so every case is a unit test.
 */

/** A change as Monaco reports it: a range in the text before the edit (1-based) and its new text. */
export interface LineChange {
	readonly startLineNumber: number;
	readonly startColumn: number;
	readonly endLineNumber: number;
	readonly endColumn: number;
	readonly text: string;
}

/** Where an applied change ended: the row and 1-based column just after its inserted text. */
export interface ChangeEnd {
	readonly row: number;
	readonly column: number;
}

export interface RepairedLines {
	readonly lines: string[];
	/** The end of the change that comes first in the text (where the cursor should go). */
	readonly end: ChangeEnd | null;
}

/**
 * Applies `changes` (non-overlapping, in before-edit coordinates) to `before`, keeping
 * `before.length` lines. `markerFor(row)` gives the visible newline of a 0-based row.
 */
export function applyChangesKeepingLines(
	before: readonly string[],
	changes: readonly LineChange[],
	markerFor: (row: number) => string
): RepairedLines {
	const lines = [...before];
	// Last change first: earlier positions stay valid while later text changes.
	const ordered = [...changes].sort(
		(a, b) => b.startLineNumber - a.startLineNumber || b.startColumn - a.startColumn
	);
	let end: ChangeEnd | null = null;
	for (const change of ordered) end = applyOne(lines, change, markerFor);
	return { lines, end };
}

function applyOne(
	lines: string[],
	change: LineChange,
	markerFor: (row: number) => string
): ChangeEnd {
	const firstRow = change.startLineNumber - 1;
	const lastRow = Math.min(change.endLineNumber - 1, lines.length - 1);
	const rowCount = lastRow - firstRow + 1;
	const head = (lines[firstRow] ?? '').slice(0, change.startColumn - 1);
	const tail = (lines[lastRow] ?? '').slice(change.endColumn - 1);
	const pieces = change.text.split(/\r\n|\r|\n/);
	// Keep as many of the text's line breaks as the range had rows; fold the rest into the last row.
	const kept = pieces.slice(0, rowCount - 1);
	const folded = pieces.slice(rowCount - 1).join(markerFor(firstRow + kept.length));
	const texts = [...kept, folded];
	for (let offset = 0; offset < rowCount; offset++) {
		// Rows the change covered but its text does not reach are emptied, not removed.
		lines[firstRow + offset] = texts[offset] ?? '';
	}
	const endRow = firstRow + texts.length - 1;
	lines[firstRow] = head + (lines[firstRow] ?? '');
	const endColumn = (lines[endRow] ?? '').length + 1;
	lines[lastRow] = (lines[lastRow] ?? '') + tail;
	return { row: endRow, column: endColumn };
}
