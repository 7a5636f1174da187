import { describe, expect, it } from 'vitest';
import { checkConsistency } from '../../../../src/core/qa/check-consistency.ts';
import { checkFiles } from '../../../../src/core/qa/check-files.ts';
import { toFileId } from '../../../../src/core/model/workspace.ts';
import type { QaFile } from '../../../../src/core/qa/qa-file.ts';

function file(
	name: string,
	locale: string | null,
	pairs: readonly (readonly [string, string])[]
): QaFile {
	return {
		file: toFileId(name),
		locale,
		segments: pairs.map(([source, translation], i) => ({
			id: `${name}-${101 + i}`,
			source,
			translation
		}))
	};
}

describe('checkConsistency', () => {
	it('reports the minority translation of one source, quoting the majority one', () => {
		const a = file('a', 'de-DE', [
			['See also', 'Siehe auch'],
			['Open it.', 'Öffnen.']
		]);
		const b = file('b', 'de-DE', [['See also', 'Siehe auch']]);
		const c = file('c', 'de-DE', [['See also', 'Weitere Informationen']]);
		const problems = checkConsistency([a, b, c]);
		expect(problems.get(toFileId('a'))).toEqual([]);
		expect(problems.get(toFileId('b'))).toEqual([]);
		expect(problems.get(toFileId('c'))).toEqual([
			{
				check: 'inconsistent-translation',
				severity: 'info',
				message: 'The same source is translated 2 ways; a-101 in a has "Siehe auch".',
				segmentId: 'c-101',
				segmentIndex: 0,
				range: null,
				sourceRange: null
			}
		]);
	});

	it('reports one translation used for different sources', () => {
		const copied = 'Öffnen Sie die Datei im Editor.';
		const a = file('a', 'de-DE', [
			['Open the file in the editor.', copied],
			['Close the window when you are done.', copied]
		]);
		const problems = checkConsistency([a]).get(toFileId('a')) ?? [];
		expect(problems.map((p) => `${p.check} ${p.segmentId}`)).toEqual(['inconsistent-source a-102']);
	});

	it('does not report short translations or similar sources as inconsistent-source', () => {
		const a = file('a', 'de-DE', [
			['Toggle switch', 'Umschalter'],
			['Toggle button', 'Umschalter'],
			["Make sure the PC isn't warm.", 'Stellen Sie sicher, dass der PC nicht warm ist.'],
			['Make sure the PC is not warm.', 'Stellen Sie sicher, dass der PC nicht warm ist.']
		]);
		expect(checkConsistency([a]).get(toFileId('a'))).toEqual([]);
	});

	it('does not compare files of different locales', () => {
		const de = file('de', 'de-DE', [['See also', 'Siehe auch']]);
		const fr = file('fr', 'fr-FR', [['See also', 'Voir aussi']]);
		expect([...checkConsistency([de, fr]).values()].flat()).toEqual([]);
	});

	it('treats sources that differ in case or punctuation as one for inconsistent-source', () => {
		const a = file('a', 'de-DE', [
			['Restart.', 'Neu starten'],
			['restart', 'Neu starten']
		]);
		expect(checkConsistency([a]).get(toFileId('a'))).toEqual([]);
	});

	it('ignores empty translations and whitespace differences', () => {
		const a = file('a', 'de-DE', [
			['Open it.', ''],
			['Open it.', 'Öffnen.'],
			['Open  it.', ' Öffnen. ']
		]);
		expect(checkConsistency([a]).get(toFileId('a'))).toEqual([]);
	});
});

describe('checkFiles', () => {
	it('merges per-segment and cross-file problems per file, in segment order', () => {
		const a = file('a', 'de-DE', [
			['Open the the door.', 'Öffnen Sie die Tür'],
			['See also', 'Siehe auch']
		]);
		const b = file('b', 'de-DE', [
			['See also', 'Siehe auch'],
			['See also', 'Mehr']
		]);
		const [first, second] = checkFiles([a, b]);
		expect(first?.problems.map((p) => `${p.segmentIndex} ${p.check}`)).toEqual([
			'0 end-punctuation'
		]);
		expect(second?.problems.map((p) => `${p.segmentIndex} ${p.check}`)).toEqual([
			'1 inconsistent-translation'
		]);
	});

	it('runs only the checks asked for', () => {
		const b = file('b', 'de-DE', [
			['See also', 'Siehe auch'],
			['See also', 'Mehr.']
		]);
		const [only] = checkFiles([b], new Set(['end-punctuation']));
		expect(only?.problems.map((p) => p.check)).toEqual(['end-punctuation']);
	});
});
