import { describe, expect, it } from 'vitest';
import { hitKey, replaceInFiles } from '../../../../src/core/review/replace-in-files.ts';
import { expandReplacement } from '../../../../src/core/review/expand-replacement.ts';
import type { SearchQuery } from '../../../../src/core/review/compile-query.ts';
import { toFileId } from '../../../../src/core/model/workspace.ts';
import { reviewFile } from '../../../helpers/review-builders.ts';

const PLAIN: SearchQuery = { text: '', isRegex: false, matchCase: true, wholeWord: false };
const alpha = reviewFile(
	'alpha',
	[
		['Open the file.', 'Öffnen Sie die Datei.'],
		['Save the file.', 'Speichern Sie die Datei und die Datei.'],
		['Close it.', 'Schließen.']
	],
	new Map([['alpha-103', 'Schließen Sie die Datei.']])
);
const beta = reviewFile('beta', [['File', 'Datei']]);

describe('replaceInFiles', () => {
	it('replaces in the current translations of all files and keeps the other edits', () => {
		const result = replaceInFiles([alpha, beta], { ...PLAIN, text: 'Datei' }, 'Akte');
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.skipped).toEqual([]);
		const [a, b] = result.files;
		expect([...(a?.edits ?? [])]).toEqual([
			['alpha-103', 'Schließen Sie die Akte.'],
			['alpha-101', 'Öffnen Sie die Akte.'],
			['alpha-102', 'Speichern Sie die Akte und die Akte.']
		]);
		expect(
			a?.replacements.map((r) => `${r.segmentId} ${r.count} ${r.before} -> ${r.after}`)
		).toEqual([
			'alpha-101 1 Öffnen Sie die Datei. -> Öffnen Sie die Akte.',
			'alpha-102 2 Speichern Sie die Datei und die Datei. -> Speichern Sie die Akte und die Akte.',
			'alpha-103 1 Schließen Sie die Datei. -> Schließen Sie die Akte.'
		]);
		expect(b?.edits.get('beta0-101')).toBe('Akte');
	});

	it('replaces only the chosen hits', () => {
		const only = new Set([hitKey(toFileId('alpha'), 1, 32)]);
		const result = replaceInFiles([alpha, beta], { ...PLAIN, text: 'Datei' }, 'Akte', only);
		expect(result.ok && result.files.map((f) => [...f.edits.values()])).toEqual([
			['Schließen Sie die Datei.', 'Speichern Sie die Datei und die Akte.']
		]);
	});

	it('expands groups in regex mode and keeps $ literal in plain mode', () => {
		const regex = replaceInFiles(
			[beta],
			{ ...PLAIN, text: '(Da)(tei)', isRegex: true },
			'$2$1 $$ $&'
		);
		expect(regex.ok && regex.files[0]?.edits.get('beta0-101')).toBe('teiDa $ Datei');
		const plain = replaceInFiles([beta], { ...PLAIN, text: 'Datei' }, '$1');
		expect(plain.ok && plain.files[0]?.edits.get('beta0-101')).toBe('$1');
	});

	it('skips and lists a replacement that would break the segment markup', () => {
		const result = replaceInFiles([beta], { ...PLAIN, text: 'Datei' }, 'Datei</span>');
		expect(result.ok && result.files).toEqual([]);
		expect(result.ok && result.skipped.map((s) => `${s.segmentId} ${s.after}`)).toEqual([
			'beta0-101 Datei</span>'
		]);
		expect(result.ok && result.skipped[0]?.reason).toMatch(/unmatched <\/span>/);
	});

	it('returns an error value for an invalid pattern and never touches sources', () => {
		expect(replaceInFiles([alpha], { ...PLAIN, text: '[', isRegex: true }, 'x').ok).toBe(false);
		const result = replaceInFiles([alpha], { ...PLAIN, text: 'file' }, 'x');
		expect(result.ok && result.files).toEqual([]);
	});
});

describe('expandReplacement', () => {
	it('fills $&, numbered and named groups, and leaves unknown references', () => {
		const match = /(?<word>a)(b)/.exec('ab');
		if (!match) throw new Error('no match');
		expect(expandReplacement('[$&|$1|$2|$<word>|$3|$<none>|$$|$12]', match)).toBe(
			'[ab|a|b|a|$3|$<none>|$|a2]'
		);
	});
});
