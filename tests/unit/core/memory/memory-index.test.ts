import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	buildMemoryIndex,
	findInMemories,
	findMemoryMatches,
	indexMemory,
	isSameLanguage,
	packMemory,
	summarizeMemory,
	unpackMemory,
	type TmxEntry
} from '../../../../src/core/index.ts';

const entry = (source: string, target: string, targetLanguage = 'de-DE'): TmxEntry => ({
	source,
	target,
	sourceLanguage: 'en-US',
	targetLanguage
});

describe('findMemoryMatches', () => {
	const index = buildMemoryIndex([
		{
			source: 'Open the settings page to change your password.',
			target: 'Öffnen Sie die Einstellungen.'
		},
		{ source: 'Open the settings page to change your name.', target: 'Namen ändern.' },
		{
			source: 'Open the settings page to change your password.',
			target: 'Öffnen Sie die Einstellungen.'
		},
		{ source: 'Something else entirely, with other words.', target: 'Etwas anderes.' },
		{ source: 'Open the settings page to change your email.', target: '  ' }
	]);

	it('finds similar sources best first, with a word diff, once per pair', () => {
		const matches = findMemoryMatches(index, 'Open the settings page to change your password.');
		expect(matches.map((m) => m.translation)).toEqual([
			'Öffnen Sie die Einstellungen.',
			'Namen ändern.'
		]);
		expect(matches[0]?.similarity).toBe(1);
		expect(matches[1]?.similarity).toBeCloseTo(14 / 16);
		expect(matches[1]?.diff).toContainEqual({ text: 'name', kind: 'removed' });
		expect(matches[1]?.diff).toContainEqual({ text: 'password', kind: 'added' });
	});

	it('leaves out entries below 75% and entries without a translation', () => {
		const matches = findMemoryMatches(index, 'Open the settings page to change your email.');
		expect(matches.map((m) => m.translation)).toEqual([
			'Öffnen Sie die Einstellungen.',
			'Namen ändern.'
		]);
		expect(findMemoryMatches(index, 'Unrelated words here.')).toEqual([]);
		expect(findMemoryMatches(index, '')).toEqual([]);
	});

	it('keeps at most `limit` matches', () => {
		expect(
			findMemoryMatches(index, 'Open the settings page to change your name.', { limit: 1 })
		).toHaveLength(1);
	});

	it('agrees with a plain scan of Dice similarities (property)', () => {
		const word = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f');
		const sentence = fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));
		fc.assert(
			fc.property(fc.array(sentence, { maxLength: 30 }), sentence, (sources, query) => {
				const pairs = sources.map((source, n) => ({ source, target: `t${n}` }));
				const found = findMemoryMatches(buildMemoryIndex(pairs), query, { limit: 1000 });
				const expected = pairs.filter((pair) => dice(pair.source, query) >= 0.75);
				const unique = new Set(expected.map((pair) => pair.target));
				expect(new Set(found.map((m) => m.translation))).toEqual(unique);
				for (const m of found) expect(m.similarity).toBeCloseTo(dice(m.source, query));
			})
		);
	});
});

function dice(a: string, b: string): number {
	const x = a.split(' ');
	const y = b.split(' ');
	const rest = [...y];
	let shared = 0;
	for (const w of x) {
		const at = rest.indexOf(w);
		if (at >= 0) {
			shared++;
			rest.splice(at, 1);
		}
	}
	return (2 * shared) / (x.length + y.length);
}

describe('findInMemories', () => {
	it('looks only in the entries of the file’s target language, across memories', () => {
		const one = indexMemory('one', [
			entry('Restart the computer now.', 'Starten Sie den Computer neu.'),
			entry('Restart the computer now.', 'Перезапустіть комп’ютер.', 'uk-UA')
		]);
		const two = indexMemory('two', [
			entry('Restart the computer now please.', 'Bitte neu starten.', 'de')
		]);
		const matches = findInMemories([one, two], 'Restart the computer now.', 'de-DE', 5);
		expect(matches.map((m) => [m.memoryId, m.translation])).toEqual([
			['one', 'Starten Sie den Computer neu.'],
			['two', 'Bitte neu starten.']
		]);
		expect(findInMemories([one, two], 'Restart the computer now.', 'fr-FR', 5)).toEqual([]);
	});
});

describe('isSameLanguage', () => {
	it('matches tags in any case, and a language without region to its regions', () => {
		expect(isSameLanguage('de-de', 'de-DE')).toBe(true);
		expect(isSameLanguage('de', 'de-DE')).toBe(true);
		expect(isSameLanguage('de-DE', 'de')).toBe(true);
		expect(isSameLanguage('de-AT', 'de-DE')).toBe(false);
		expect(isSameLanguage('uk-UA', 'de-DE')).toBe(false);
	});
});

describe('packMemory', () => {
	it('gives back every entry, any character included (property)', () => {
		const text = fc.string({ unit: 'binary', maxLength: 10 });
		const anEntry = fc.record({
			source: text,
			target: text,
			sourceLanguage: fc.constant('en-US'),
			targetLanguage: fc.constantFrom('de-DE', 'uk-UA')
		});
		fc.assert(
			fc.property(fc.array(anEntry, { maxLength: 8 }), (entries) => {
				// Compared as JSON (which escapes lone surrogates): toEqual's diffing of binary strings
				// takes seconds.
				const back = unpackMemory(packMemory(entries));
				expect(JSON.stringify(back)).toBe(JSON.stringify(entries));
			}),
			{ numRuns: 40 }
		);
	}, 20_000);

	it('reads a damaged record as null', () => {
		expect(unpackMemory('{')).toBeNull();
		expect(unpackMemory('[["a","b","en-US"]]')).toBeNull();
		expect(unpackMemory('{"a":1}')).toBeNull();
	});

	it('counts the entries per target language', () => {
		const summary = summarizeMemory([entry('a', 'b'), entry('c', 'd'), entry('e', 'f', 'uk-UA')]);
		expect(summary).toEqual({
			entryCount: 3,
			sourceLanguages: ['en-US'],
			targetLanguages: [
				{ language: 'de-DE', count: 2 },
				{ language: 'uk-UA', count: 1 }
			]
		});
	});
});
