import { describe, expect, it } from 'vitest';
import { SegmentLedger } from '../../../src/storage/segment-ledger.ts';

const stored = (pairs: [string, string][] = []) => new Map(pairs);

describe('SegmentLedger', () => {
	it('writes a pending change over a segment nobody else changed', () => {
		const ledger = new SegmentLedger();
		ledger.reset('f', stored([['s1', 'old']]));
		ledger.change('f', 's1', 'new');
		const { next, written } = ledger.mergeForWrite(
			'f',
			stored([['s1', 'old']]),
			ledger.pendingOf('f')
		);
		expect(next).toEqual(stored([['s1', 'new']]));
		expect(written).toEqual(new Map([['s1', 'new']]));
		ledger.afterWrite('f', written);
		expect(ledger.pendingFileIds()).toEqual([]);
	});

	it('keeps a change made during the write pending', () => {
		const ledger = new SegmentLedger();
		ledger.reset('f', stored());
		ledger.change('f', 's1', 'a');
		const { written } = ledger.mergeForWrite('f', stored(), ledger.pendingOf('f'));
		ledger.change('f', 's1', 'ab');
		ledger.afterWrite('f', written);
		expect(ledger.pendingOf('f')).toEqual(new Map([['s1', 'ab']]));
		// Its own write is not mistaken for another tab's change.
		expect(ledger.reconcile('f', stored([['s1', 'a']]))).toEqual({
			remote: new Map(),
			conflicts: []
		});
	});

	it('removes a reverted segment from the stored record', () => {
		const ledger = new SegmentLedger();
		ledger.reset('f', stored([['s1', 'x']]));
		ledger.change('f', 's1', null);
		const { next } = ledger.mergeForWrite('f', stored([['s1', 'x']]), ledger.pendingOf('f'));
		expect(next.size).toBe(0);
	});

	it('reports both texts of a conflict, and updates theirs when the other tab changes again', () => {
		const ledger = new SegmentLedger();
		ledger.reset('f', stored());
		ledger.change('f', 's1', 'mine');
		expect(ledger.reconcile('f', stored([['s1', 'theirs']])).conflicts).toEqual([
			{ segmentId: 's1', mine: 'mine', theirs: 'theirs' }
		]);
		expect(ledger.reconcile('f', stored([['s1', 'theirs 2']])).conflicts).toEqual([
			{ segmentId: 's1', mine: 'mine', theirs: 'theirs 2' }
		]);
		expect(ledger.pendingFileIds()).toEqual([]);
	});
});
