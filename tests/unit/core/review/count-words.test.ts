import { describe, expect, it } from 'vitest';
import { countFileWords, createWordCounter } from '../../../../src/core/review/count-words.ts';
import { sumWordCounts } from '../../../../src/core/review/sum-word-counts.ts';

describe('createWordCounter', () => {
	it('counts Chinese by words, not by runs of characters', () => {
		expect(createWordCounter('zh-CN')('我们的产品很好。')).toBe(4);
	});

	it('counts spaced scripts by words and skips punctuation', () => {
		expect(createWordCounter('de-DE')('Öffnen Sie die Datei, bitte!')).toBe(5);
		expect(createWordCounter('uk-UA')('Відкрийте файл — зараз.')).toBe(3);
	});

	it('does not count code, URLs and link targets as words', () => {
		expect(
			createWordCounter('en')('Run `az login --help` at https://example.com or [here](a/b/c.md).')
		).toBe(4);
	});

	it('accepts a malformed locale', () => {
		expect(createWordCounter('not a locale!')('two words')).toBe(2);
	});
});

describe('countFileWords and sumWordCounts', () => {
	const segments = [
		{ id: 'a-1', source: 'Open the file.', translation: '打开文件。' },
		{ id: 'a-2', source: 'Save it now.', translation: '' }
	];

	it('counts segments, source words and target words, and reads MT/HT', () => {
		expect(countFileWords(segments, 'zh-CN', 'mt')).toEqual({
			segments: 2,
			sourceWords: 6,
			targetWords: 2,
			translationType: 'MT'
		});
		expect(countFileWords(segments, 'zh-CN', 'other').translationType).toBeNull();
	});

	it('adds files up, overall and by translation type', () => {
		const mt = countFileWords(segments, 'zh-CN', 'MT');
		const ht = countFileWords(segments.slice(0, 1), 'zh-CN', 'HT');
		const totals = sumWordCounts([mt, ht, countFileWords([], null)]);
		expect(totals.total).toEqual({ segments: 3, sourceWords: 9, targetWords: 4 });
		expect(totals.mt).toEqual({ segments: 2, sourceWords: 6, targetWords: 2 });
		expect(totals.ht).toEqual({ segments: 1, sourceWords: 3, targetWords: 2 });
		expect(totals.unknown).toEqual({ segments: 0, sourceWords: 0, targetWords: 0 });
	});
});
