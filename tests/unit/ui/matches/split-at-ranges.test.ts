import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitAtRanges } from '../../../../src/ui/matches/split-at-ranges.ts';

describe('splitAtRanges', () => {
	it('marks the ranges and keeps the text between them', () => {
		expect(
			splitAtRanges('Save the file, save it', [
				{ start: 15, end: 19 },
				{ start: 0, end: 4 }
			])
		).toEqual([
			{ text: 'Save', isHit: true },
			{ text: ' the file, ', isHit: false },
			{ text: 'save', isHit: true },
			{ text: ' it', isHit: false }
		]);
	});

	it('gives the text back whole for any ranges, overlapping or out of bounds', () => {
		const range = fc
			.tuple(fc.integer({ min: -3, max: 40 }), fc.integer({ min: 0, max: 10 }))
			.map(([start, length]) => ({ start, end: start + length }));
		fc.assert(
			fc.property(
				fc.string({ maxLength: 30 }),
				fc.array(range, { maxLength: 5 }),
				(text, ranges) => {
					const pieces = splitAtRanges(text, ranges);
					expect(pieces.map((piece) => piece.text).join('')).toBe(text);
					expect(pieces.every((piece) => piece.text.length > 0)).toBe(true);
				}
			)
		);
	});
});
