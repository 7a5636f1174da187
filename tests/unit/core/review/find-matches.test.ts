import { describe, expect, it } from 'vitest';
import { buildMatchIndex, findMatches } from '../../../../src/core/review/find-matches.ts';
import { reviewFile } from '../../../helpers/review-builders.ts';

const alpha = reviewFile('alpha', [
	[
		'Select the Save button to keep your changes.',
		'Wählen Sie Speichern, um Ihre Änderungen zu behalten.'
	],
	[
		'Select the Save button to keep all of your changes.',
		'Wählen Sie Speichern, um alle Änderungen zu behalten.'
	],
	['Open the settings page.', 'Öffnen Sie die Einstellungen.']
]);
const beta = reviewFile('beta', [
	[
		'Select the Save button to keep your edits.',
		'Wählen Sie Speichern, um Ihre Bearbeitungen zu behalten.'
	],
	['Select the Save button to keep your changes.', ''],
	[
		'Select the Save button to keep your changes.',
		'Wählen Sie Speichern, um Ihre Änderungen zu behalten.'
	]
]);
const index = buildMatchIndex([alpha, beta]);
const current = { file: alpha.file, segmentIndex: 0, segmentId: 'alpha-101' };

describe('findMatches', () => {
	it('lists similar sources best first, without the current segment, empty or duplicate ones', () => {
		const matches = findMatches(index, 'Select the Save button to keep your changes.', {
			exclude: current,
			limit: 5
		});
		expect(matches.map((m) => [`${m.file}#${m.segmentIndex}`, m.similarity.toFixed(3)])).toEqual([
			['beta#2', '1.000'],
			['alpha#1', '0.889'],
			['beta#0', '0.875']
		]);
	});

	it('gives the word diff from the match source to the looked-up source', () => {
		const [match] = findMatches(index, 'Select the Save button to keep your changes.', {
			limit: 5
		}).filter((m) => m.file === beta.file && m.segmentIndex === 0);
		const changes = (match?.diff ?? [])
			.filter((c) => c.added || c.removed)
			.map((c) => `${c.added ? '+' : '-'}${c.value}`);
		expect(changes).toEqual(['-edits', '+changes']);
	});

	it('reports nothing below 75% or for a source without words', () => {
		expect(findMatches(index, 'Close the door now.')).toEqual([]);
		expect(findMatches(index, '**')).toEqual([]);
	});

	it('honours the limit', () => {
		expect(
			findMatches(index, 'Select the Save button to keep your changes.', { limit: 1 })
		).toHaveLength(1);
	});
});
