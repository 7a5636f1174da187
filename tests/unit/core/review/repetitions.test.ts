import { describe, expect, it } from 'vitest';
import { groupRepetitions } from '../../../../src/core/review/group-repetitions.ts';
import { fillTranslations } from '../../../../src/core/review/fill-translations.ts';
import { reviewFile } from '../../../helpers/review-builders.ts';

const alpha = reviewFile('alpha', [
	['Select **Save**.', 'Wählen Sie **Speichern**.'],
	['**', '**'],
	['Select  **Save**. ', 'Speichern wählen.']
]);
const beta = reviewFile('beta', [
	['Select **Save**', 'Speichern'],
	['Select **Save**.', '']
]);

describe('groupRepetitions', () => {
	it('groups the same source across files, ignoring whitespace runs but not punctuation', () => {
		const groups = groupRepetitions([alpha, beta]);
		expect(
			groups.map((g) => [g.source, g.members.map((m) => `${m.file}#${m.segmentIndex}`)])
		).toEqual([['Select **Save**.', ['alpha#0', 'alpha#2', 'beta#1']]]);
	});
});

describe('fillTranslations', () => {
	it('gives one translation to the other members and lists refused ones', () => {
		const [group] = groupRepetitions([alpha, beta]);
		const others = group?.members.slice(1) ?? [];
		const result = fillTranslations([alpha, beta], others, 'Wählen Sie **Speichern**.');
		expect(result.files.map((f) => [f.file, [...f.edits]])).toEqual([
			['alpha', [['alpha-103', 'Wählen Sie **Speichern**.']]],
			['beta', [['beta0-102', 'Wählen Sie **Speichern**.']]]
		]);
		const refused = fillTranslations([beta], others, 'x <span data-ttu-id="1">');
		expect(refused.files).toEqual([]);
		expect(refused.skipped.map((s) => s.segmentId)).toEqual(['beta0-102']);
	});

	it('leaves out segments that already have the translation', () => {
		const result = fillTranslations(
			[alpha],
			[{ file: alpha.file, segmentIndex: 0, segmentId: 'alpha-101' }],
			'Wählen Sie **Speichern**.'
		);
		expect(result.files).toEqual([]);
	});
});
