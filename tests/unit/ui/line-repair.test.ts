import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyChangesKeepingLines, type LineChange } from '../../../src/ui/diff/line-repair.ts';

const marker = (): string => '⏎';

function change(
	startLineNumber: number,
	startColumn: number,
	endLineNumber: number,
	endColumn: number,
	text: string
): LineChange {
	return { startLineNumber, startColumn, endLineNumber, endColumn, text };
}

describe('applyChangesKeepingLines', () => {
	it('folds a pasted line break at the end of a row into that row', () => {
		const result = applyChangesKeepingLines(['one', 'two'], [change(1, 4, 1, 4, '\nx')], marker);
		expect(result.lines).toEqual(['one⏎x', 'two']);
		expect(result.end).toEqual({ row: 0, column: 6 });
	});

	it('folds a pasted line break at the start of a row into that row', () => {
		const result = applyChangesKeepingLines(['one', 'two'], [change(2, 1, 2, 1, 'x\r\n')], marker);
		expect(result.lines).toEqual(['one', 'x⏎two']);
	});

	it('makes Backspace at a row start change nothing', () => {
		const result = applyChangesKeepingLines(['one', 'two'], [change(1, 4, 2, 1, '')], marker);
		expect(result.lines).toEqual(['one', 'two']);
	});

	it('deletes a selection across rows without merging the rows', () => {
		const before = ['abc', 'def', 'ghi'];
		const result = applyChangesKeepingLines(before, [change(1, 2, 3, 2, 'X')], marker);
		expect(result.lines).toEqual(['aX', '', 'hi']);
	});

	it('keeps a replacement that has as many lines as its range', () => {
		const result = applyChangesKeepingLines(['abc', 'def'], [change(1, 2, 2, 2, '1\n2')], marker);
		expect(result.lines).toEqual(['a1', '2ef']);
	});

	it('applies multi-cursor changes in any order', () => {
		const changes = [change(1, 1, 1, 1, 'a\nb'), change(2, 1, 2, 1, 'c\nd')];
		const expected = ['a⏎bone', 'c⏎dtwo'];
		expect(applyChangesKeepingLines(['one', 'two'], changes, marker).lines).toEqual(expected);
		expect(applyChangesKeepingLines(['one', 'two'], [...changes].reverse(), marker).lines).toEqual(
			expected
		);
	});

	it('uses the marker of the row the break lands in', () => {
		const crlf = (row: number): string => (row === 1 ? '␍⏎' : '⏎');
		const result = applyChangesKeepingLines(['a', 'b'], [change(2, 2, 2, 2, '\n')], crlf);
		expect(result.lines).toEqual(['a', 'b␍⏎']);
	});

	it('never changes the line count', () => {
		const lines = fc.array(fc.string({ maxLength: 5 }), { minLength: 1, maxLength: 6 });
		fc.assert(
			fc.property(
				lines,
				fc.nat(),
				fc.nat(),
				fc.nat(),
				fc.nat(),
				fc.string(),
				(before, a, b, c, d, text) => {
					const startLine = (a % before.length) + 1;
					const endLine = startLine + (b % (before.length - startLine + 1));
					const startColumn = (c % ((before[startLine - 1]?.length ?? 0) + 1)) + 1;
					const endMax = (before[endLine - 1]?.length ?? 0) + 1;
					const endColumn =
						startLine === endLine ? Math.max(startColumn, (d % endMax) + 1) : (d % endMax) + 1;
					const result = applyChangesKeepingLines(
						before,
						[change(startLine, startColumn, endLine, endColumn, text)],
						marker
					);
					return (
						result.lines.length === before.length &&
						result.lines.every((line) => !/[\r\n]/.test(line))
					);
				}
			)
		);
	});
});
