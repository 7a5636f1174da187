import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkTokens } from '../../../../src/core/qa/check-tokens.ts';

/** `problem kind text` of every problem. */
function problemsOf(source: string, translation: string): string[] {
	return checkTokens(source, translation).problems.map(
		(problem) => `${problem.problem} ${problem.kind} ${problem.text}`
	);
}

describe('checkTokens', () => {
	it('accepts a translation that keeps every token in another order', () => {
		expect(
			problemsOf(
				'Select **OK** in [Settings](/s) after 2.5 s.',
				'[Einstellungen](/s): nach 2,5 s **OK** wählen.'
			)
		).toEqual([]);
	});

	it('reports a lost bold marker pair as two missing tokens with source ranges', () => {
		const check = checkTokens('Select the **Checkbox** option.', 'Wählen Sie die Option Checkbox.');
		expect(check.problems).toEqual([
			{
				problem: 'missing',
				kind: 'markdown',
				text: '**',
				sourceRange: { start: 11, end: 13 },
				translationRange: null
			},
			{
				problem: 'missing',
				kind: 'markdown',
				text: '**',
				sourceRange: { start: 21, end: 23 },
				translationRange: null
			}
		]);
	});

	it('reports a number split into several as missing and extra', () => {
		expect(
			problemsOf('Set the color to 0,0,0.', 'Legen Sie die Farbe auf 0, 0 und 0 fest.')
		).toEqual(['missing number 0,0,0', 'extra number 0', 'extra number 0', 'extra number 0']);
	});

	it('gives extra tokens their range in the translation', () => {
		const check = checkTokens('Open the file.', 'Öffnen Sie die Datei `x`.');
		expect(check.problems).toEqual([
			{
				problem: 'extra',
				kind: 'code',
				text: '`x`',
				sourceRange: null,
				translationRange: { start: 21, end: 24 }
			}
		]);
	});

	it('accepts a link localised to another locale', () => {
		expect(
			problemsOf(
				'[Docs](https://learn.microsoft.com/en-us/azure)',
				'[Doku](https://learn.microsoft.com/de-de/azure)'
			)
		).toEqual([]);
	});

	it('reports a changed inline code and a changed placeholder', () => {
		expect(problemsOf('Run `az login` with {0}.', 'Führen Sie `az anmelden` mit {1} aus.')).toEqual(
			[
				'missing code `az login`',
				'missing placeholder {0}',
				'extra code `az anmelden`',
				'extra placeholder {1}'
			]
		);
	});

	it('does not check an empty translation', () => {
		expect(problemsOf('Select **OK**.', '  ')).toEqual([]);
	});
});

describe('checkTokens laws', () => {
	const segment = fc.stringMatching(/^[a-zA-Z0-9 *`[\]().,{}<>&;%/:-]{0,40}$/);

	it('finds nothing when the translation equals the source', () => {
		fc.assert(fc.property(segment, (text) => checkTokens(text, text).problems.length === 0));
	});

	it('swaps missing and extra when source and translation swap', () => {
		fc.assert(
			fc.property(segment, segment, (a, b) => {
				fc.pre(a.trim() !== '' && b.trim() !== '');
				const count = (text: string, translation: string, problem: string): number =>
					checkTokens(text, translation).problems.filter((p) => p.problem === problem).length;
				return (
					count(a, b, 'missing') === count(b, a, 'extra') &&
					count(a, b, 'extra') === count(b, a, 'missing')
				);
			})
		);
	});

	// Words made of characters that cannot form a token across a space (code spans, tags with
	// attributes and space-grouped numbers can): reordering such words keeps every token.
	const word = fc.stringMatching(/^[a-zA-Z*{}&;%[\]]{1,8}$/);

	it('finds nothing when whole words are reordered', () => {
		fc.assert(
			fc.property(fc.array(word, { maxLength: 6 }), (words) => {
				const source = words.join(' ');
				const translation = [...words].reverse().join(' ');
				fc.pre(translation.trim() !== '');
				return checkTokens(source, translation).problems.length === 0;
			})
		);
	});
});
