import { describe, expect, it } from 'vitest';
import { alignedTexts, parseSxs } from '../../../../src/core/index.ts';
import { segmentMarkup } from '../../../helpers/sxs-builders.ts';

function doc(segments: [string, string, string][]) {
	return parseSxs(segments.map(([id, t, s]) => segmentMarkup(id, t, s)).join('\n\n') + '\n');
}

describe('alignedTexts', () => {
	it('gives each segment the text aligned with it in the other file, level by row', () => {
		const mine = doc([
			['a1-101', 'Eins', 'One.'],
			['a1-102', 'Zwei', 'Two.'],
			['a1-103', 'Drei', 'Three.']
		]);
		// Another locale, regenerated: new prefix, one sentence gone, one added in front.
		const other = doc([
			['b2-100', 'Нуль', 'Zero.'],
			['b2-101', 'Один', 'One.'],
			['b2-103', 'Три', 'Three.']
		]);
		expect(alignedTexts(mine, other)).toEqual(['Один', '', 'Три']);
		expect(alignedTexts(mine, other, 'source')).toEqual(['One.', '', 'Three.']);
	});

	it('gives every sentence of a merged p segment the merged text', () => {
		const mine = doc([
			['a1-101', 'Eins', 'One.'],
			['a1-102', 'Zwei', 'Two.']
		]);
		const merged = doc([['c3-p101', '一二', 'One. Two.']]);
		expect(alignedTexts(mine, merged)).toEqual(['一二', '一二']);
	});
});
