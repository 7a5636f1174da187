/**
 * Take mine on the pieces of a `p` segment that theirs split: whatever my translation is, taking
 * mine on every piece writes it exactly once (the pieces join back to it), never once per piece.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutTranslation } from '../../../../src/core/merge/cut-translation.ts';
import { mergeVersions, parseSxs, writeMerge } from '../../../../src/core/index.ts';
import { sxsDoc, withEdits, type Row } from '../../../helpers/merge-builders.ts';

const withoutSpaces = (text: string): string => text.replace(/\s/gu, '');
const RUNS = { numRuns: 200, seed: 9013 } as const;
const WORDS = [
	'Увійдіть',
	'виберіть',
	'користувача',
	'登录',
	'选择用户',
	'Wählen',
	'Sie',
	'e.g',
	'**Speichern**'
];
const ENDS = ['.', '!', '?', '。', ''];

const sentence = fc
	.tuple(
		fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }),
		fc.constantFrom(...ENDS)
	)
	.map(([words, end]) => words.join(' ') + end);
/** My translation of the whole `p` segment: sentences joined by a space, by nothing, or two spaces. */
const mineText = fc
	.tuple(fc.array(sentence, { minLength: 1, maxLength: 5 }), fc.constantFrom(' ', '', '  '))
	.map(([sentences, joiner]) => sentences.join(joiner));

describe('Take mine on a split p segment', () => {
	it('writes my translation once over the pieces', () => {
		fc.assert(
			fc.property(fc.integer({ min: 2, max: 4 }), mineText, (count, text) => {
				const sources = Array.from({ length: count }, (_, i) => `Sentence ${i + 1} of the step.`);
				const pieces = Array.from({ length: count }, (_, i) => `Речення ${i + 1}.`);
				const base = sxsDoc('aaaaa', [['p101', pieces.join(' '), sources.join(' ')]]);
				const rows: Row[] = sources.map((source, i) => [`${102 + i}`, `Нове ${i + 1}.`, source]);
				const theirs = sxsDoc('bbbbb', rows);
				fc.pre(text !== pieces.join(' ') && text.trim() !== '');
				const result = mergeVersions(base, withEdits(base, { 'aaaaa-p101': text }), theirs);
				if (!result.ok) throw new Error(result.error);
				expect(result.merge.conflicts).toHaveLength(count);
				const resolutions = new Map(result.merge.conflicts.map((c) => [c.theirs, 'mine' as const]));
				const written = writeMerge(theirs, result.merge, resolutions);
				expect(written.refused).toEqual([]);
				// Every character of mine once, in order (only the spaces between sentences go).
				const translations = parseSxs(written.text).segments.map((s) => s.translation);
				expect(withoutSpaces(translations.join(''))).toBe(withoutSpaces(text));
			}),
			RUNS
		);
	});
});

describe('cutTranslation', () => {
	it('keeps closing markup with the sentence it closes', () => {
		expect(cutTranslation('**要更改付款频率？** 如果您想要。您需要购买。', 3)).toEqual([
			'**要更改付款频率？**',
			'如果您想要。',
			'您需要购买。'
		]);
		expect(cutTranslation('Sie (sehen Sie unten.) Dann speichern.', 2)).toEqual([
			'Sie (sehen Sie unten.)',
			'Dann speichern.'
		]);
	});

	it('gives the first piece all of it when the sentences do not match the pieces', () => {
		expect(cutTranslation('Eins. Zwei. Drei.', 2)).toEqual(['Eins. Zwei. Drei.', '']);
	});
});
