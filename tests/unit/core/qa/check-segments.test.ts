import { describe, expect, it } from 'vitest';
import { checkSegments } from '../../../../src/core/qa/check-segments.ts';
import { CHECK_NAMES } from '../../../../src/core/qa/problem.ts';

const segments = [
	{ id: 'abcde-101', source: 'Open the file.', translation: 'Öffnen Sie die Datei.' },
	{ id: 'abcde-102', source: 'See [the guide](a.md).', translation: 'Siehe  Anleitung' },
	{ id: 'abcde-103', source: 'Save it.', translation: 'Save it.' }
];

describe('checkSegments', () => {
	it('lists the problems in segment order, then check order, with id and index', () => {
		const problems = checkSegments(segments, { locale: 'de-DE' });
		expect(
			problems.map((p) => `${p.segmentIndex} ${p.segmentId} ${p.check} ${p.severity}`)
		).toEqual([
			'1 abcde-102 markup warning',
			'1 abcde-102 markup warning',
			'1 abcde-102 link-url error',
			'1 abcde-102 whitespace info',
			'1 abcde-102 end-punctuation info'
		]);
	});

	it('gives a lost token its source range and no translation range', () => {
		const [bracket] = checkSegments([segments[1]!], { checks: new Set(['link-url']) });
		expect(bracket).toMatchObject({ range: null, sourceRange: { start: 16, end: 20 } });
	});

	it('runs only the checks asked for', () => {
		const problems = checkSegments(segments, { checks: new Set(['whitespace']) });
		expect(problems.map((p) => p.check)).toEqual(['whitespace']);
	});

	it('reports nothing for a clean file', () => {
		expect(checkSegments([segments[0]!])).toEqual([]);
	});

	it('never throws on odd text', () => {
		const odd = ['', ' ', '\n', '**', '[', ')', '\u001a', '&', '`', '<', 'a\u0301', '😀😀', '\\'];
		for (const source of odd) {
			for (const translation of odd) {
				expect(() => checkSegments([{ id: 'x-1', source, translation }])).not.toThrow();
			}
		}
	});

	it('names only the checks of CHECK_NAMES', () => {
		const names = new Set<string>(CHECK_NAMES);
		const problems = checkSegments([
			{ id: 'x-1', source: 'Say "the" (now).', translation: 'Sag "das das (jetzt  ' }
		]);
		expect(problems.length).toBeGreaterThan(2);
		for (const problem of problems) expect(names.has(problem.check)).toBe(true);
	});
});
