import { describe, expect, it } from 'vitest';
import type { CompareTarget, SegmentRow } from '../../../src/core/index.ts';
import { encodeLine, newlineMarkerFor } from '../../../src/ui/diff/line-codec.ts';
import {
	modelsToClose,
	PaneController,
	type PanePosition
} from '../../../src/ui/diff/pane-controller.ts';

function row(id: string, original: string, current = original): SegmentRow {
	return { id, source: `src ${id}`, original, current };
}

/** A controller on a fake Translation editor whose lines are the rows' current texts. */
function makePane(
	rows: SegmentRow[],
	compare: CompareTarget = 'original',
	problems: number[] = []
) {
	const editor = {
		position: null as PanePosition | null,
		revealed: [] as number[],
		focused: 0
	};
	const said: string[] = [];
	const lines = rows.map((r) => encodeLine(r.current));
	const controller = new PaneController({
		editor: {
			position: () => editor.position,
			setPosition: (position) => (editor.position = position),
			reveal: (lineNumber) => editor.revealed.push(lineNumber),
			focus: () => editor.focused++,
			lineCount: () => lines.length
		},
		lines: () => lines,
		rows: () => rows,
		compare: () => compare,
		problemRows: () => problems,
		say: (text) => said.push(text)
	});
	return { controller, editor, said };
}

describe('PaneController', () => {
	it('puts the cursor on segment N as line N, clamped to the file, and reveals it', () => {
		const { controller, editor } = makePane([row('a', 'x'), row('b', 'y')]);
		controller.placeCursor({ index: 1, column: 1 });
		expect(editor.position).toEqual({ lineNumber: 2, column: 1 });
		controller.placeCursor({ index: 9, column: 1 });
		expect(editor.position?.lineNumber).toBe(2);
		expect(editor.revealed).toEqual([2, 2]);
	});

	it('counts columns in the translation, not in its visible newline markers', () => {
		const text = 'ab\ncd';
		const marker = newlineMarkerFor(text);
		const { controller, editor } = makePane([row('a', text)]);
		controller.placeCursor({ index: 0, column: 5 }); // before "d"
		expect(editor.position?.column).toBe(3 + marker.length + 1);
		expect(controller.cursorAt(editor.position!)).toEqual({ index: 0, column: 5 });
	});

	it('reports a cursor move once, not again for the same place', () => {
		const { controller } = makePane([row('a', 'hello')]);
		expect(controller.cursorAt({ lineNumber: 1, column: 3 })).toEqual({ index: 0, column: 3 });
		expect(controller.cursorAt({ lineNumber: 1, column: 3 })).toBeNull();
	});

	it('focuses the editor on Go to segment', () => {
		const { controller, editor } = makePane([row('a', 'x'), row('b', 'y')]);
		controller.goToSegment(1);
		expect(editor.focused).toBe(1);
		expect(controller.currentRow()).toBe(1);
	});

	it('goes to the next edited segment against the original, wrapping around', () => {
		const rows = [row('a', 'x'), row('b', 'y', 'Y'), row('c', 'z'), row('d', 'w', 'W')];
		const { controller, editor } = makePane(rows);
		editor.position = { lineNumber: 2, column: 1 };
		controller.goToDifference(1);
		expect(controller.currentRow()).toBe(3);
		controller.goToDifference(1);
		expect(controller.currentRow()).toBe(1);
	});

	it('goes to token problems in the Source view, and says when there are none', () => {
		const { controller, said } = makePane([row('a', 'x'), row('b', 'y')], 'source', [1]);
		controller.goToDifference(1);
		expect(controller.currentRow()).toBe(1);
		const empty = makePane([row('a', 'x')], 'source', []);
		empty.controller.goToDifference(-1);
		expect(empty.said).toEqual(['No token problems in this file.']);
		expect(said).toEqual([]);
	});
});

describe('modelsToClose', () => {
	it('closes models of files no longer open, never a kept one', () => {
		expect(modelsToClose(['a', 'b', 'c'], ['a'], new Set(['c']))).toEqual(['b']);
	});
});
