import { describe, expect, it } from 'vitest';
import { toFileId } from '../../../src/core/index.ts';
import {
	createMemoryStore,
	WorkspaceStore,
	type KeyValueStore,
	type ReconciledFile
} from '../../../src/storage/index.ts';

/** A tab: its own store on the shared key-value store, recording what it was told to merge. */
async function openTab(kv: KeyValueStore) {
	const store = new WorkspaceStore(kv, { onError: () => undefined }, 0);
	const synced: ReconciledFile[] = [];
	store.listen((_fileId, reconciled) => synced.push(reconciled));
	await store.load();
	store.start();
	return { store, synced, last: () => synced.at(-1) };
}

async function storedEdits(kv: KeyValueStore, fileId = 'a.md') {
	const record = (await kv.get(`edits:${fileId}`)) as { edits: [string, string][] } | undefined;
	return new Map(record?.edits);
}

describe('two tabs writing one workspace', () => {
	it('keeps the other tab’s edits to other segments of the same file', async () => {
		const kv = createMemoryStore();
		const [a, b] = [await openTab(kv), await openTab(kv)];
		a.store.putSegmentEdit('a.md', 's1', 'from A');
		await a.store.flush();
		b.store.putSegmentEdit('a.md', 's2', 'from B');
		await b.store.flush();
		expect(await storedEdits(kv)).toEqual(
			new Map([
				['s1', 'from A'],
				['s2', 'from B']
			])
		);
		// B's own write showed it A's edit, with no conflict.
		expect(b.last()?.texts).toEqual(new Map([['s1', 'from A']]));
		expect(b.last()?.conflicts).toEqual([]);
	});

	it('shows the other tab’s edit on refresh, and a revert there as well', async () => {
		const kv = createMemoryStore();
		const [a, b] = [await openTab(kv), await openTab(kv)];
		a.store.putSegmentEdit('a.md', 's1', 'x');
		await a.store.flush();
		expect((await b.store.refresh(toFileId('a.md')))?.remote).toEqual(new Map([['s1', 'x']]));
		a.store.putSegmentEdit('a.md', 's1', null);
		await a.store.flush();
		expect((await b.store.refresh(toFileId('a.md')))?.remote).toEqual(new Map([['s1', null]]));
	});

	it('never writes over a segment the other tab changed meanwhile: it becomes a conflict', async () => {
		const kv = createMemoryStore();
		const [a, b] = [await openTab(kv), await openTab(kv)];
		a.store.putSegmentEdit('a.md', 's1', 'A text');
		b.store.putSegmentEdit('a.md', 's1', 'B text');
		await a.store.flush();
		await b.store.flush();
		expect(await storedEdits(kv)).toEqual(new Map([['s1', 'A text']]));
		expect(b.last()?.conflicts).toEqual([{ segmentId: 's1', mine: 'B text', theirs: 'A text' }]);
		expect(b.last()?.texts.size).toBe(0);
	});

	it('finds the same conflict on refresh, before its own write', async () => {
		const kv = createMemoryStore();
		const [a, b] = [await openTab(kv), await openTab(kv)];
		a.store.putSegmentEdit('a.md', 's1', 'A text');
		b.store.putSegmentEdit('a.md', 's1', 'B text');
		await a.store.flush();
		const reconciled = await b.store.refresh(toFileId('a.md'));
		expect(reconciled?.conflicts).toEqual([{ segmentId: 's1', mine: 'B text', theirs: 'A text' }]);
		await b.store.flush(); // a held conflict is never written
		expect(await storedEdits(kv)).toEqual(new Map([['s1', 'A text']]));
	});

	it('writes "mine" once chosen, and the other tab then takes it without a conflict', async () => {
		const kv = createMemoryStore();
		const [a, b] = [await openTab(kv), await openTab(kv)];
		a.store.putSegmentEdit('a.md', 's1', 'A text');
		b.store.putSegmentEdit('a.md', 's1', 'B text');
		await a.store.flush();
		await b.store.flush();
		b.store.putSegmentEdit('a.md', 's1', 'B text, edited on'); // typing on while in conflict
		await b.store.flush();
		expect(await storedEdits(kv)).toEqual(new Map([['s1', 'A text']]));
		expect(b.store.resolve('a.md', 's1', 'mine')).toBe('B text, edited on');
		await b.store.flush();
		expect(await storedEdits(kv)).toEqual(new Map([['s1', 'B text, edited on']]));
		const seen = await a.store.refresh(toFileId('a.md'));
		expect(seen).toEqual({ remote: new Map([['s1', 'B text, edited on']]), conflicts: [] });
	});

	it('writes nothing for "theirs": the stored text already is theirs', async () => {
		const kv = createMemoryStore();
		const [a, b] = [await openTab(kv), await openTab(kv)];
		a.store.putSegmentEdit('a.md', 's1', 'A text');
		b.store.putSegmentEdit('a.md', 's1', 'B text');
		await a.store.flush();
		await b.store.flush();
		expect(b.store.resolve('a.md', 's1', 'theirs')).toBe('A text');
		await b.store.flush();
		expect(await storedEdits(kv)).toEqual(new Map([['s1', 'A text']]));
		expect(b.last()?.conflicts ?? []).toEqual([
			{ segmentId: 's1', mine: 'B text', theirs: 'A text' }
		]);
		expect((await b.store.refresh(toFileId('a.md')))?.conflicts).toEqual([]);
	});

	it('settles a conflict by itself when the other tab makes the same change', async () => {
		const kv = createMemoryStore();
		const [a, b] = [await openTab(kv), await openTab(kv)];
		a.store.putSegmentEdit('a.md', 's1', 'A text');
		b.store.putSegmentEdit('a.md', 's1', 'B text');
		await a.store.flush();
		await b.store.flush();
		a.store.putSegmentEdit('a.md', 's1', 'B text');
		await a.store.flush();
		expect((await b.store.refresh(toFileId('a.md')))?.conflicts).toEqual([]);
	});
});
