/**
 * The diff pane's controller work, apart from Monaco's wiring so it can be unit-tested: where the
 * cursor goes (segment N is line N; columns count the translation's real characters, not the
 * visible ⏎ markers), Go to segment, F7 / Shift+F7 between differences, which cursor moves to
 * report, which files' models to dispose, and what Shift+Enter inserts. It talks to the editor
 * through a small port; SegmentDiffEditor.svelte implements the port on the Translation editor.
 */
import type { CompareTarget, Cursor, SegmentRow } from '../../core/index.ts';
import { decodeLine, encodeLine, encodedOffset } from './line-codec.ts';
import { findNextRow } from './navigation.ts';

/** A position in the Translation editor, 1-based like Monaco's. */
export interface PanePosition {
	readonly lineNumber: number;
	readonly column: number;
}

/** What the controller needs of the Translation editor. */
export interface PaneEditorPort {
	position(): PanePosition | null;
	setPosition(position: PanePosition): void;
	/** Scrolls the line into view if it is outside it. */
	reveal(lineNumber: number): void;
	focus(): void;
	lineCount(): number;
}

export interface PaneControllerDeps {
	readonly editor: PaneEditorPort;
	/** The Translation model's lines as last accepted (encoded), or null before a file is shown. */
	readonly lines: () => readonly string[] | null;
	readonly rows: () => readonly SegmentRow[];
	readonly compare: () => CompareTarget;
	/** Rows with token problems (the Source view's differences). */
	readonly problemRows: () => readonly number[];
	/** A message for the pane's status line. */
	readonly say: (message: string) => void;
}

export class PaneController {
	#lastCursor: Cursor = { index: -1, column: -1 };

	constructor(private readonly deps: PaneControllerDeps) {}

	/** The 0-based row of the Translation cursor. */
	currentRow(): number {
		return (this.deps.editor.position()?.lineNumber ?? 1) - 1;
	}

	/** Puts the cursor at a segment and column (clamped to the file), scrolling it into view. */
	placeCursor(cursor: Cursor): void {
		const { editor } = this.deps;
		const lineCount = editor.lineCount();
		if (lineCount === 0) return;
		const lineNumber = Math.min(Math.max(cursor.index + 1, 1), lineCount);
		const text = decodeLine(this.deps.lines()?.[lineNumber - 1] ?? '');
		const column = encodedOffset(text, Math.max(cursor.column - 1, 0)) + 1;
		editor.setPosition({ lineNumber, column });
		editor.reveal(lineNumber);
	}

	/** Puts the cursor at the start of a segment's translation and gives the editor the focus. */
	goToSegment(index: number): void {
		this.placeCursor({ index, column: 1 });
		this.deps.editor.focus();
	}

	/** Moves to the next (+1) or previous (-1) segment that differs from the compare side. */
	goToDifference(direction: 1 | -1): void {
		const next = findNextRow(this.differingRows(), this.currentRow(), direction);
		if (next === null) {
			const isSource = this.deps.compare() === 'source';
			this.deps.say(isSource ? 'No token problems in this file.' : 'No changes in this file.');
			return;
		}
		this.goToSegment(next);
	}

	/** Rows that differ from the left side: token problems in the Source view, else edited rows. */
	differingRows(): number[] {
		if (this.deps.compare() === 'source') return [...this.deps.problemRows()];
		const lines = this.deps.lines();
		if (lines === null) return [];
		return this.deps
			.rows()
			.flatMap((row, index) => (lines[index] !== encodeLine(row.original) ? [index] : []));
	}

	/** The cursor at an editor position, or null when it did not move (nothing to report). */
	cursorAt(position: PanePosition): Cursor | null {
		const line = this.deps.lines()?.[position.lineNumber - 1] ?? '';
		const cursor = {
			index: position.lineNumber - 1,
			column: decodeLine(line.slice(0, position.column - 1)).length + 1
		};
		const last = this.#lastCursor;
		if (cursor.index === last.index && cursor.column === last.column) return null;
		this.#lastCursor = cursor;
		return cursor;
	}
}

/** Files whose models may go: not open any more, and neither shown nor attached to the editor. */
export function modelsToClose(
	withModels: readonly string[],
	openFileIds: readonly string[],
	keep: ReadonlySet<string>
): string[] {
	return withModels.filter((id) => !keep.has(id) && !openFileIds.includes(id));
}
