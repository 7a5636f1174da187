import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSxs, parseSxsInSteps } from '../../../../src/core/index.ts';
import { drain as drainSteps } from '../../../helpers/drain.ts';
import { gapText, sxsDocument, translationText } from '../../../helpers/sxs-builders.ts';

/** The stepped parse run to its end: the document and how often it yielded. */
function drain(text: string, segmentsPerStep: number) {
	const { result, yields } = drainSteps(parseSxsInSteps(text, segmentsPerStep));
	return { document: result, yields };
}

describe('parseSxsInSteps', () => {
	it('returns what parseSxs returns, whatever the step size (property)', () => {
		const soup = fc
			.array(fc.oneof(gapText, translationText, fc.string()), { maxLength: 10 })
			.map((parts) => parts.join(''));
		const text = fc.oneof(
			soup,
			sxsDocument.map((generated) => generated.text)
		);
		fc.assert(
			fc.property(text, fc.integer({ min: 1, max: 4 }), (input, segmentsPerStep) => {
				expect(drain(input, segmentsPerStep).document).toEqual(parseSxs(input));
			}),
			{ numRuns: 300 }
		);
	});

	it('yields after each step of segments and once before the checks of the whole file', () => {
		const segment = (n: number) =>
			`<span data-ttu-id="a1b2c-${100 + n}">Ein</span><span class="sxs-lookup"><span data-stu-id="a1b2c-${100 + n}">One</span></span>\n\n`;
		const text = [1, 2, 3, 4, 5].map(segment).join('');
		expect(drain(text, 2)).toMatchObject({ yields: 3 });
		expect(drain(text, 5).yields).toBe(2);
		expect(drain(text, 6).yields).toBe(0);
		expect(drain(text, 2).document.segments).toHaveLength(5);
	});
});
