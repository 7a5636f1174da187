import { describe, expect, it } from 'vitest';
import { codeSegment, type InlineRun } from '../../../../src/core/index.ts';

function ids(runs: readonly InlineRun[]): string[] {
	return runs.flatMap((run) => (typeof run === 'string' ? [] : [`${run.id}${run.text}`]));
}

describe('codeSegment', () => {
	it('gives the translation the ids of the same codes in the source, whatever their order', () => {
		const coded = codeSegment('<b>A</b> see [B](b.md) &amp;', '&amp; [Б](b.md) див. <b>А</b>');
		expect(ids(coded.source)).toEqual(['1<b>', '1</b>', '2[', '2](b.md)', '3&amp;']);
		expect(ids(coded.target)).toEqual(['3&amp;', '2[', '2](b.md)', '1<b>', '1</b>']);
	});

	it('numbers a code the source lacks above the source ids, and a repeat uses the next match', () => {
		const coded = codeSegment('x<br>y', 'x<br>y<br><i>z</i>');
		expect(ids(coded.target)).toEqual(['1<br>', '2<br>', '3<i>', '3</i>']);
	});

	it('matches a pair only with the same start and end', () => {
		const coded = codeSegment('[a](one.md)', '[a](two.md)');
		expect(ids(coded.target)).toEqual(['2[', '2](two.md)']);
	});
});
