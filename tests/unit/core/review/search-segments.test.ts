import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../../src/core/review/search-index.ts';
import { searchSegments, type SearchHit } from '../../../../src/core/review/search-segments.ts';
import type { SearchQuery } from '../../../../src/core/review/compile-query.ts';
import { findConcordance } from '../../../../src/core/review/find-concordance.ts';
import { reviewFile } from '../../../helpers/review-builders.ts';

const PLAIN: SearchQuery = { text: '', isRegex: false, matchCase: false, wholeWord: false };
const files = [
	reviewFile('alpha', [
		['Open the file.', 'Öffnen Sie die Datei.'],
		['Save the file.', 'Speichern Sie die Datei (Dateien).']
	]),
	reviewFile(
		'beta',
		[['Close the file.', 'Schließen Sie die datei.']],
		new Map([['beta0-101', 'Schließen Sie die DATEI.']])
	)
];
const index = buildSearchIndex(files);

function found(
	query: Partial<SearchQuery>,
	fields?: Parameters<typeof searchSegments>[2]
): string[] {
	const result = searchSegments(index, { ...PLAIN, ...query }, fields);
	if (!result.ok) throw new Error(result.error);
	return result.hits.map(
		(hit) => `${hit.file}#${hit.segmentIndex} ${hit.field} ${hit.range.start}-${hit.range.end}`
	);
}

describe('searchSegments', () => {
	it('finds plain text in the edited translations, ignoring case by default', () => {
		expect(found({ text: 'datei' })).toEqual([
			'alpha#0 translation 15-20',
			'alpha#1 translation 18-23',
			'alpha#1 translation 25-30',
			'beta#0 translation 18-23'
		]);
	});

	it('matches case and whole words when asked', () => {
		expect(found({ text: 'Datei', matchCase: true })).toEqual([
			'alpha#0 translation 15-20',
			'alpha#1 translation 18-23',
			'alpha#1 translation 25-30'
		]);
		expect(found({ text: 'datei', wholeWord: true })).toEqual([
			'alpha#0 translation 15-20',
			'alpha#1 translation 18-23',
			'beta#0 translation 18-23'
		]);
	});

	it('escapes plain text and runs regular expressions', () => {
		expect(found({ text: '(Dateien)' })).toEqual(['alpha#1 translation 24-33']);
		expect(found({ text: '^\\p{Lu}\\p{L}+', isRegex: true, matchCase: true })).toEqual([
			'alpha#0 translation 0-6',
			'alpha#1 translation 0-9',
			'beta#0 translation 0-9'
		]);
	});

	it('searches the sources when asked, never across segments', () => {
		expect(found({ text: 'file\\.\\n?Save', isRegex: true }, ['source'])).toEqual([]);
		expect(found({ text: 'the file', wholeWord: true }, ['source'])).toHaveLength(3);
	});

	it('returns an error value for an invalid or empty pattern', () => {
		const invalid = searchSegments(index, { ...PLAIN, text: '(', isRegex: true });
		expect(invalid.ok).toBe(false);
		if (!invalid.ok) expect(invalid.error).toMatch(/^Not a valid regular expression/);
		expect(searchSegments(index, PLAIN)).toEqual({ ok: false, error: 'Type what to find.' });
	});

	it('stops at the limit and says so', () => {
		const result = searchSegments(index, { ...PLAIN, text: 'e' }, ['translation'], 2);
		expect(result.ok && result.hits.length).toBe(2);
		expect(result.ok && result.isTruncated).toBe(true);
	});

	it('finds what a per-segment search finds (property)', () => {
		const texts = fc.array(fc.stringMatching(/^[ab\n ]{0,8}$/), { minLength: 1, maxLength: 6 });
		const pattern = fc.constantFrom('a', 'ab', 'a+', 'b\\s*a', '^a', 'a$', '[^b]+', 'a|$');
		fc.assert(
			fc.property(texts, pattern, (translations, text) => {
				const file = reviewFile(
					'gamma',
					translations.map((t) => ['s', t] as const)
				);
				const result = searchSegments(buildSearchIndex([file]), { ...PLAIN, text, isRegex: true });
				const expected: string[] = [];
				file.segments.forEach((segment, i) => {
					for (const match of segment.translation.matchAll(new RegExp(text, 'gimu'))) {
						if (match[0] !== '')
							expected.push(`${i} ${match.index}-${match.index + match[0].length}`);
					}
				});
				const actual = result.ok
					? result.hits.map((h: SearchHit) => `${h.segmentIndex} ${h.range.start}-${h.range.end}`)
					: [];
				expect(actual).toEqual(expected);
			}),
			{ seed: 10, numRuns: 300 }
		);
	});
});

describe('findConcordance', () => {
	it('lists each segment holding the term once, with ranges on both sides, by file', () => {
		const result = findConcordance(index, { ...PLAIN, text: 'file' });
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(
			result.entries.map(
				(e) => `${e.file}#${e.segmentIndex} ${e.sourceRanges.length}/${e.translationRanges.length}`
			)
		).toEqual(['alpha#0 1/0', 'alpha#1 1/0', 'beta#0 1/0']);
		const both = findConcordance(index, { ...PLAIN, text: 'Sie' });
		expect(both.ok && both.entries.length).toBe(3);
	});
});
