import { describe, expect, it } from 'vitest';
import { carryConfirmations } from '../../../../src/core/index.ts';
import type { VersionMerge } from '../../../../src/core/merge/merge-model.ts';

/** A merge with nothing to carry: every decision below comes from the unedited rule. */
const NOTHING: VersionMerge = {
	carried: [],
	same: [],
	conflicts: [],
	added: [],
	dropped: [],
	refused: [],
	carriedEdits: new Map(),
	text: ''
};

const base = [
	{ id: 'a-1', source: 'Open the file.', translation: 'Öffnen Sie die Datei.' },
	{ id: 'a-2', source: 'Save it.', translation: 'Speichern Sie sie.' },
	{ id: 'a-3', source: 'Close it.', translation: 'Schließen Sie sie.' }
];

describe('carryConfirmations of unedited segments', () => {
	it('keeps a confirmation where the new version holds the same source and translation', () => {
		const theirs = [
			{ id: 'b-1', source: 'Open the file.', translation: 'Öffnen Sie die Datei.' },
			// The new version changed this source: the confirmed translation may no longer fit.
			{ id: 'b-2', source: 'Save it now.', translation: 'Speichern Sie sie.' },
			// Same source, but a new machine translation: not what the translator confirmed.
			{ id: 'b-3', source: 'Close it.', translation: 'Schließen.' }
		];
		const confirmed = new Set(['a-1', 'a-2', 'a-3']);
		const kept = carryConfirmations(NOTHING, new Map(), confirmed, {
			base,
			theirs,
			edited: new Set()
		});
		expect([...kept]).toEqual(['b-1']);
	});

	it('leaves edited and unconfirmed segments to the merge entries', () => {
		const theirs = [{ id: 'b-1', source: 'Open the file.', translation: 'Öffnen Sie die Datei.' }];
		const edited = carryConfirmations(NOTHING, new Map(), new Set(['a-1']), {
			base,
			theirs,
			edited: new Set(['a-1'])
		});
		const unconfirmed = carryConfirmations(NOTHING, new Map(), new Set(), {
			base,
			theirs,
			edited: new Set()
		});
		expect([...edited]).toEqual([]);
		expect([...unconfirmed]).toEqual([]);
	});

	it('gives no mark by that rule to a segment the merge decided (a conflict)', () => {
		const theirs = [{ id: 'b-1', source: 'Open the file.', translation: 'Öffnen Sie die Datei.' }];
		const merge: VersionMerge = {
			...NOTHING,
			conflicts: [
				{
					kind: 'both-changed',
					mine: 'x-9',
					theirs: 'b-1',
					base: '',
					mine_text: '',
					theirs_text: ''
				} as unknown as VersionMerge['conflicts'][number]
			]
		};
		const kept = carryConfirmations(merge, new Map(), new Set(['a-1']), {
			base,
			theirs,
			edited: new Set()
		});
		expect([...kept]).toEqual([]);
	});
});
