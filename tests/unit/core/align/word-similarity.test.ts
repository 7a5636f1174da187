import { describe, it, expect } from 'vitest';
import { toWordBags, wordSimilarity } from '../../../../src/core/align/word-similarity.ts';

function similarity(a: string, b: string): number {
	const [[bagA], [bagB]] = toWordBags([a], [b]);
	if (bagA === undefined || bagB === undefined) throw new Error('toWordBags lost a source');
	return wordSimilarity(bagA, bagB);
}

describe('wordSimilarity', () => {
	it('scores 1 for the same words regardless of case, markup and punctuation', () => {
		expect(similarity('Select **Save**.', 'select save')).toBe(1);
	});

	it('is the Dice coefficient over word multisets', () => {
		// Shared: go, to, the, billing, page (5) of 8 + 5 words.
		expect(
			similarity('Go to the **Billing** page, then choose **Apps**.', 'Go to the Billing page.')
		).toBe(10 / 13);
		// Repeats count once per occurrence on both sides: "the" twice against once shares one.
		expect(similarity('the cat the dog', 'the cat')).toBe(4 / 6);
	});

	it('scores 0 without any shared word, and when a side has no words at all', () => {
		expect(similarity('Restart now.', 'Contact support.')).toBe(0);
		expect(similarity('|', '|')).toBe(0);
		expect(similarity('', 'Text')).toBe(0);
	});

	it('counts letters of any script and digits as words', () => {
		expect(similarity('Оновіть Office 365', 'оновіть office 2019')).toBe(4 / 6);
	});
});
