import { describe, expect, it } from 'vitest';
import type { Reconciled } from '../../../src/core/index.ts';
import {
	draftKey,
	joinStates,
	splitReconciled,
	splitStates
} from '../../../src/storage/segment-states.ts';

describe('segment states in the stored edits record', () => {
	it('keeps drafts apart from edits, so no export ever reads a draft as an edit', () => {
		const joined = joinStates(
			new Map([['a-1', 'Neu']]),
			new Set(['a-2']),
			new Set(['k']),
			new Map([['a-3', 'x <span>']])
		);
		expect(joined.get(draftKey('a-3'))).toBe('x <span>');
		expect(joined.has('a-3')).toBe(false);
		const split = splitStates(joined);
		expect([...split.edits]).toEqual([['a-1', 'Neu']]);
		expect([...split.drafts]).toEqual([['a-3', 'x <span>']]);
		expect([...split.confirmed]).toEqual(['a-2']);
	});

	it("reads another tab's drafts as drafts, and a draft conflict as this tab's own", () => {
		const reconciled: Reconciled = {
			remote: new Map([
				[draftKey('a-1'), 'x <span>'],
				[draftKey('a-2'), null]
			]),
			conflicts: [{ segmentId: draftKey('a-3'), mine: 'm', theirs: 't' }]
		};
		const split = splitReconciled(reconciled);
		expect([...split.drafts]).toEqual([
			['a-1', 'x <span>'],
			['a-2', null]
		]);
		expect(split.texts.size).toBe(0);
		expect(split.conflicts).toEqual([]);
		expect(split.stateConflicts).toEqual([draftKey('a-3')]);
	});
});
