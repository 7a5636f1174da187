import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
	createMemoryStore,
	MAX_SAVE_DELAY_MS,
	WorkspaceStore,
	type KeyValueStore
} from '../../../src/storage/index.ts';

const DELAY = 150;

function makeStore(kv: KeyValueStore = createMemoryStore()) {
	const errors: (string | null)[] = [];
	const store = new WorkspaceStore(kv, { onError: (message) => errors.push(message) }, DELAY);
	return { kv, store, errors };
}

async function keys(kv: KeyValueStore): Promise<string[]> {
	return (await kv.entries()).map(([key]) => key).sort();
}

describe('WorkspaceStore', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('writes nothing before start(), even when flushed', async () => {
		const { kv, store } = makeStore();
		store.putFile('a.md', 'a.md', new Uint8Array([1]));
		await store.flush();
		await vi.advanceTimersByTimeAsync(DELAY * 2);
		expect(await keys(kv)).toEqual([]);
	});

	it('writes what was queued during the load once started', async () => {
		const { kv, store } = makeStore();
		await store.load();
		store.putFile('a.md', 'a.md', new Uint8Array([1]));
		store.start();
		await vi.advanceTimersByTimeAsync(DELAY);
		expect(await keys(kv)).toEqual(['file:a.md']);
	});

	it('stores an edit within the save delay of the last change, coalesced into one write', async () => {
		const { kv, store } = makeStore();
		const transact = vi.spyOn(kv, 'transact');
		store.start();
		store.putSegmentEdit('a.md', 'x-101', 'e');
		await vi.advanceTimersByTimeAsync(DELAY / 2);
		store.putSegmentEdit('a.md', 'x-101', 'ed');
		store.putCursor('a.md', { index: 0, column: 3 });
		await vi.advanceTimersByTimeAsync(DELAY - 1);
		expect(transact).not.toHaveBeenCalled();
		await vi.advanceTimersByTimeAsync(1);
		expect(transact).toHaveBeenCalledTimes(1);
		const stored = new Map(await kv.entries()).get('edits:a.md');
		expect(stored).toEqual({ edits: [['x-101', 'ed']], cursor: { index: 0, column: 3 } });
	});

	it('writes during a long burst of typing, at most MAX_SAVE_DELAY_MS after its first key', async () => {
		const { kv, store } = makeStore();
		store.start();
		const storedText = async () =>
			(new Map(await kv.entries()).get('edits:a.md') as { edits: [string, string][] } | undefined)
				?.edits[0]?.[1];
		let typed = '';
		// A key every 100 ms for 3 s: never the 150 ms of quiet the debounce waits for.
		for (let key = 0; key < 30; key++) {
			typed += 'x';
			store.putSegmentEdit('a.md', 'x-101', typed);
			await vi.advanceTimersByTimeAsync(100);
			if (key === 10) expect((await storedText())?.length).toBeGreaterThanOrEqual(1);
			if (key === 25) expect((await storedText())?.length).toBeGreaterThanOrEqual(16);
		}
		await vi.advanceTimersByTimeAsync(DELAY);
		expect(await storedText()).toBe(typed);
		expect(MAX_SAVE_DELAY_MS).toBeLessThanOrEqual(1_000);
	});

	it('keeps keys typed while a write is under way and writes them next', async () => {
		const kv = createMemoryStore();
		const { store } = makeStore(kv);
		store.start();
		const transact = kv.transact.bind(kv);
		let release: () => void = () => undefined;
		// The first write has read and merged what was queued, and has not finished yet.
		const slow = vi.spyOn(kv, 'transact').mockImplementationOnce(async (keys, update) => {
			const done = await transact(keys, update);
			await new Promise<void>((resolve) => (release = resolve));
			return done;
		});
		store.putSegmentEdit('a.md', 'x-101', 'a');
		await vi.advanceTimersByTimeAsync(DELAY); // the first write starts and waits
		store.putSegmentEdit('a.md', 'x-101', 'ab');
		release();
		await store.flush();
		expect(slow).toHaveBeenCalledTimes(2);
		const stored = new Map(await kv.entries()).get('edits:a.md') as { edits: [string, string][] };
		expect(stored.edits).toEqual([['x-101', 'ab']]);
	});

	it('round-trips files, edits, cursor and current file through load()', async () => {
		const { kv, store } = makeStore();
		store.start();
		store.putFile('a.md', 'docs/a.md', new Uint8Array([65]));
		store.putSegmentEdit('a.md', 'x-101', 'neu');
		store.putCursor('a.md', { index: 4, column: 7 });
		store.putMeta(['a.md'], 'a.md');
		await store.flush();
		const result = await makeStore(kv).store.load();
		expect(result.ok && result.snapshot.currentFileId).toBe('a.md');
		const file = result.ok ? result.snapshot.files[0] : undefined;
		expect(file?.path).toBe('docs/a.md');
		expect(file?.bytes).toEqual(new Uint8Array([65]));
		expect(file?.edits.get('x-101')).toBe('neu');
		expect(file?.cursor).toEqual({ index: 4, column: 7 });
	});

	it('refuses a workspace from an unknown schema version and never writes over it', async () => {
		const kv = createMemoryStore([
			['meta', { schemaVersion: 99, fileIds: [], currentFileId: null }]
		]);
		const { store } = makeStore(kv);
		const result = await store.load();
		expect(result.ok).toBe(false);
		store.start();
		store.putMeta(['b.md'], 'b.md');
		await store.flush();
		expect(new Map(await kv.entries()).get('meta')).toMatchObject({ schemaVersion: 99 });
	});

	it('reports a failed write, keeps the records and writes them on the next try', async () => {
		const kv = createMemoryStore();
		const quota = new DOMException('full', 'QuotaExceededError');
		vi.spyOn(kv, 'transact').mockRejectedValueOnce(quota);
		const { store, errors } = makeStore(kv);
		store.start();
		store.putSegmentEdit('a.md', 'x-101', 'e');
		await store.flush();
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatch(/no room left/);
		await store.flush();
		expect(errors).toEqual([errors[0], null]);
		expect(await keys(kv)).toEqual(['edits:a.md']);
	});

	it('writes many large files in several transactions, and meta after all of them', async () => {
		const { kv, store } = makeStore();
		const log: string[] = [];
		const setMany = kv.setMany.bind(kv);
		const transact = kv.transact.bind(kv);
		vi.spyOn(kv, 'setMany').mockImplementation((pairs) => {
			log.push(`files:${pairs.length}`);
			return setMany(pairs);
		});
		vi.spyOn(kv, 'transact').mockImplementation((keys, change) =>
			transact(keys, (current) => {
				const pairs = change(current);
				log.push(...pairs.map(([key]) => key));
				return pairs;
			})
		);
		store.start();
		store.putMeta(['f0', 'f1', 'f2', 'f3', 'f4'], 'f0');
		for (let i = 0; i < 5; i++) store.putFile(`f${i}`, `f${i}`, new Uint8Array(1024 * 1024));
		await store.flush();
		expect(log.filter((entry) => entry.startsWith('files:')).length).toBeGreaterThan(1);
		expect(log.at(-1)).toBe('meta');
		expect(await keys(kv)).toHaveLength(6);
	});

	it('writes nothing more once blocked', async () => {
		const { kv, store } = makeStore();
		store.start();
		store.putMeta(['a.md'], 'a.md');
		store.block();
		await store.flush();
		await vi.advanceTimersByTimeAsync(DELAY * 2);
		expect(await keys(kv)).toEqual([]);
	});

	it('clearAll() forgets stored and queued records', async () => {
		const { kv, store } = makeStore();
		store.start();
		store.putFile('a.md', 'a.md', new Uint8Array([1]));
		await store.flush();
		store.putFile('b.md', 'b.md', new Uint8Array([2]));
		await store.clearAll();
		expect(await keys(kv)).toEqual([]);
	});
});
