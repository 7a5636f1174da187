import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	MAX_OVERVIEW_MARKS,
	overviewMarkLimit,
	overviewMarks
} from '../../../src/ui/diff/overview-marks.ts';

describe('overviewMarkLimit', () => {
	it('lets the marks cover at most a third of the ruler, within 4 and the cap', () => {
		expect(overviewMarkLimit(315)).toBe(17);
		expect(overviewMarkLimit(800)).toBe(44);
		expect(overviewMarkLimit(5_000)).toBe(MAX_OVERVIEW_MARKS);
		expect(overviewMarkLimit(0)).toBe(4);
		for (const height of [100, 315, 600, 900]) {
			expect(overviewMarkLimit(height) * 6).toBeLessThanOrEqual(height / 3);
		}
	});
});

describe('overviewMarks', () => {
	it('joins runs of adjacent rows into one mark', () => {
		expect(overviewMarks([1, 2, 3, 7, 9, 10], 20)).toEqual([
			{ first: 1, last: 3 },
			{ first: 7, last: 7 },
			{ first: 9, last: 10 }
		]);
	});

	it('gives no marks for no rows', () => {
		expect(overviewMarks([], 65_000)).toEqual([]);
	});

	it('keeps one mark per band when there are more runs than marks', () => {
		// Every other row of 100: 50 runs, 5 bands of 20 rows.
		const rows = Array.from({ length: 50 }, (_, i) => i * 2);
		expect(overviewMarks(rows, 100, 5)).toEqual(
			[0, 20, 40, 60, 80].map((row) => ({ first: row, last: row }))
		);
	});

	it('never exceeds the cap, and every mark stands on a problem row', () => {
		fc.assert(
			fc.property(
				fc.uniqueArray(fc.integer({ min: 0, max: 65_000 }), { maxLength: 3_000 }),
				(unsorted) => {
					const rows = [...unsorted].sort((a, b) => a - b);
					const marks = overviewMarks(rows, 65_001);
					const problem = new Set(rows);
					expect(marks.length).toBeLessThanOrEqual(MAX_OVERVIEW_MARKS);
					for (const mark of marks) {
						expect(problem.has(mark.first)).toBe(true);
						expect(problem.has(mark.last)).toBe(true);
					}
					if (rows.length > 0) expect(marks.length).toBeGreaterThan(0);
				}
			)
		);
	});
});
