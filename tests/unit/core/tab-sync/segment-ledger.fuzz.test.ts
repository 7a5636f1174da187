/**
 * Two tabs editing one stored record, in random interleavings of typing, saving, re-reading and
 * settling conflicts (the habit of tldraw's record-store fuzzing). Whatever the order, after both
 * tabs have saved and re-read: each tab shows either the stored text or holds a conflict with
 * both texts, a conflict exists exactly where the tab's text differs from the stored one, and the
 * last text anyone typed in a segment is still somewhere (stored, or on a tab's screen).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	afterWrite,
	freshLedger,
	mergeForWrite,
	reconcileLedger,
	recordChange,
	resolveConflict,
	type FileLedger,
	type SegmentText
} from '../../../../src/core/index.ts';

const SEGMENTS = ['s1', 's2', 's3'];
const TEXTS = [null, 'a', 'b', 'c'];

type Op =
	| { kind: 'type'; tab: number; segment: string; text: SegmentText }
	| { kind: 'save'; tab: number }
	| { kind: 'refresh'; tab: number }
	| { kind: 'resolve'; tab: number; choice: 'mine' | 'theirs' };

interface Tab {
	ledger: FileLedger;
	/** What the translator sees: the workspace's edits. */
	view: Map<string, string>;
}

const opArb: fc.Arbitrary<Op> = fc.oneof(
	fc.record({
		kind: fc.constant('type' as const),
		tab: fc.integer({ min: 0, max: 1 }),
		segment: fc.constantFrom(...SEGMENTS),
		text: fc.constantFrom(...TEXTS)
	}),
	fc.record({ kind: fc.constant('save' as const), tab: fc.integer({ min: 0, max: 1 }) }),
	fc.record({ kind: fc.constant('refresh' as const), tab: fc.integer({ min: 0, max: 1 }) }),
	fc.record({
		kind: fc.constant('resolve' as const),
		tab: fc.integer({ min: 0, max: 1 }),
		choice: fc.constantFrom('mine' as const, 'theirs' as const)
	})
);

function run(ops: readonly Op[]) {
	let stored = new Map<string, string>();
	const tabs: Tab[] = [0, 1].map(() => ({ ledger: freshLedger(), view: new Map() }));
	const lastTyped = new Map<string, SegmentText>();
	const resolvedSegments = new Set<string>();

	const show = (tab: Tab, segmentId: string, text: SegmentText): void => {
		if (text === null) tab.view.delete(segmentId);
		else tab.view.set(segmentId, text);
	};
	const refresh = (tab: Tab): void => {
		const { ledger, reconciled } = reconcileLedger(tab.ledger, stored);
		tab.ledger = ledger;
		for (const [segmentId, text] of reconciled.remote) show(tab, segmentId, text);
	};
	const save = (tab: Tab): void => {
		const { next, written } = mergeForWrite(tab.ledger, stored);
		stored = next;
		tab.ledger = afterWrite(tab.ledger, written);
		refresh(tab); // the store re-reads what it wrote, as WorkspaceStore does
	};

	for (const op of ops) {
		const tab = tabs[op.tab]!;
		if (op.kind === 'type') {
			show(tab, op.segment, op.text);
			// Typing the text this tab last stored is no change: the other tab's text may stand.
			const isChange = op.text !== (tab.ledger.base.get(op.segment) ?? null);
			if (isChange) lastTyped.set(op.segment, op.text);
			else lastTyped.delete(op.segment);
			tab.ledger = recordChange(tab.ledger, op.segment, op.text);
		} else if (op.kind === 'save') save(tab);
		else if (op.kind === 'refresh') refresh(tab);
		else {
			const first = [...tab.ledger.conflicts.keys()][0];
			if (first === undefined) continue;
			const { ledger, text } = resolveConflict(tab.ledger, first, op.choice);
			tab.ledger = ledger;
			if (text !== undefined) show(tab, first, text);
			resolvedSegments.add(first);
		}
	}
	for (let round = 0; round < 3; round++) for (const tab of tabs) save(tab);
	for (const tab of tabs) refresh(tab);
	return { stored, tabs, lastTyped, resolvedSegments };
}

function checkInvariants(ops: readonly Op[]): void {
	const { stored, tabs, lastTyped, resolvedSegments } = run(ops);
	for (const tab of tabs) {
		for (const segmentId of SEGMENTS) {
			const shown = tab.view.get(segmentId) ?? null;
			const kept = stored.get(segmentId) ?? null;
			const conflict = tab.ledger.conflicts.get(segmentId);
			// A conflict exactly where this tab's text differs from the stored one...
			expect(conflict !== undefined).toBe(shown !== kept);
			// ...and it holds both texts: nothing is dropped while the translator has not chosen.
			if (conflict) expect(conflict).toEqual({ segmentId, mine: shown, theirs: kept });
		}
		expect(tab.ledger.pending.size).toBe(0);
	}
	for (const [segmentId, text] of lastTyped) {
		if (resolvedSegments.has(segmentId)) continue; // a translator's choice may drop a text
		const onScreen = tabs.some((tab) => (tab.view.get(segmentId) ?? null) === text);
		expect(onScreen || (stored.get(segmentId) ?? null) === text).toBe(true);
	}
}

describe('the tab merge (fuzzed)', () => {
	it('never loses typed text and raises a conflict exactly where the tabs differ', () => {
		fc.assert(
			fc.property(fc.array(opArb, { maxLength: 40 }), (ops) => checkInvariants(ops)),
			{ numRuns: 400, seed: 20261203 }
		);
	});

	it('regression: a conflicted segment typed back to the base takes the other tab text', () => {
		checkInvariants([
			{ kind: 'type', tab: 0, segment: 's1', text: 'a' },
			{ kind: 'save', tab: 0 },
			{ kind: 'refresh', tab: 1 },
			{ kind: 'type', tab: 1, segment: 's1', text: 'b' },
			{ kind: 'type', tab: 0, segment: 's1', text: 'c' },
			{ kind: 'save', tab: 0 },
			{ kind: 'refresh', tab: 1 },
			{ kind: 'type', tab: 1, segment: 's1', text: 'a' },
			{ kind: 'refresh', tab: 1 }
		]);
	});
});
