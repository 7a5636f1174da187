import { describe, expect, it } from 'vitest';
import {
	SCHEMA_VERSION,
	createMemoryStore,
	WorkspaceStore,
	type KeyValueStore
} from '../../../src/storage/index.ts';

const GOOD = { path: 'good.md', bytes: new Uint8Array([71]), byteLength: 1 };
const META = {
	schemaVersion: SCHEMA_VERSION,
	fileIds: ['good.md', 'bad.md'],
	currentFileId: 'bad.md'
};

async function load(records: [string, unknown][], kv: KeyValueStore = createMemoryStore(records)) {
	const store = new WorkspaceStore(kv, { onError: () => undefined }, 0);
	return { store, kv, result: await store.load() };
}

async function loadWithBad(bad: [string, unknown][]) {
	const { result } = await load([['meta', META], ['file:good.md', GOOD], ...bad]);
	if (!result.ok) throw new Error(result.message);
	return { ids: result.snapshot.files.map((file) => file.id), result };
}

describe('loading a workspace with records that cannot be read', () => {
	it('skips a file record that is not a file, names it, and loads the rest', async () => {
		const { ids, result } = await loadWithBad([['file:bad.md', '{"path": "bad.md", "byt']]);
		expect(ids).toEqual(['good.md']);
		expect(result.ok && result.problems).toEqual([
			'bad.md was not restored: its stored content is damaged.'
		]);
		expect(result.ok && result.snapshot.currentFileId).toBeNull();
	});

	it('skips a file whose bytes were cut short', async () => {
		const truncated = { path: 'bad.md', bytes: new Uint8Array(3), byteLength: 10 };
		const { ids, result } = await loadWithBad([['file:bad.md', truncated]]);
		expect(ids).toEqual(['good.md']);
		expect(result.ok && result.problems[0]).toMatch(/^bad\.md .*cut short \(3 of 10 bytes\)/);
	});

	it('names a file whose edits are stored but whose original bytes are missing', async () => {
		const edits = { edits: [['x-1', 'a']], cursor: { index: 0, column: 1 } };
		const { ids, result } = await loadWithBad([['edits:bad.md', edits]]);
		expect(ids).toEqual(['good.md']);
		expect(result.ok && result.problems[0]).toMatch(
			/^bad\.md .*original content is missing.*1 saved edits were skipped/
		);
	});

	it('opens a file without its damaged edits record, and keeps the valid pairs of a partly damaged one', async () => {
		const bad = { path: 'bad.md', bytes: new Uint8Array([66]) };
		const partly = { edits: [['x-1', 'ok'], ['x-2', 42], 'junk'], cursor: 'nowhere' };
		const { result } = await loadWithBad([
			['file:bad.md', bad],
			['edits:bad.md', partly],
			['edits:good.md', { edits: 'not a list' }]
		]);
		if (!result.ok) throw new Error('not loaded');
		const [good, second] = result.snapshot.files;
		expect(good?.edits.size).toBe(0);
		expect(second?.edits).toEqual(new Map([['x-1', 'ok']]));
		expect(second?.cursor).toEqual({ index: 0, column: 1 });
		expect(result.problems).toEqual([
			'good.md: its saved edits are damaged; it opened without them.',
			'bad.md: 2 damaged saved edits were skipped.'
		]);
	});

	it('restores every stored file when the list of open files is damaged', async () => {
		const { result } = await load([
			['meta', { schemaVersion: SCHEMA_VERSION, fileIds: 'oops' }],
			['file:b.md', { path: 'b.md', bytes: new Uint8Array([1]) }],
			['file:a.md', { path: 'a.md', bytes: new Uint8Array([2]) }]
		]);
		expect(result.ok && result.snapshot.files.map((file) => file.id)).toEqual(['a.md', 'b.md']);
		expect(result.ok && result.problems[0]).toMatch(/list of open files was damaged/);
	});

	it('reads records one by one when one of them fails the bulk read, and names it', async () => {
		const kv = createMemoryStore([
			['meta', META],
			['file:good.md', GOOD],
			['file:bad.md', GOOD]
		]);
		kv.entries = () => Promise.reject(new DOMException('unreadable', 'DataError'));
		const get = kv.get.bind(kv);
		kv.get = (key) => (key === 'file:bad.md' ? Promise.reject(new Error('bad bytes')) : get(key));
		const { result } = await load([], kv);
		expect(result.ok && result.snapshot.files.map((file) => file.id)).toEqual(['good.md']);
		expect(result.ok && result.problems).toEqual([
			'bad.md was not restored: its stored content is damaged.'
		]);
	});

	it('refuses a workspace from a newer schema with a message, and never writes over it', async () => {
		const future = { schemaVersion: 3, fileIds: ['good.md'], currentFileId: null };
		const { store, kv, result } = await load([
			['meta', future],
			['file:good.md', GOOD]
		]);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.message).toMatch(
			/newer version of locdiff \(format 3\).*untouched/
		);
		store.start();
		store.putMeta(['b.md'], 'b.md');
		store.putSegmentEdit('good.md', 'x-1', 'mine');
		await store.flush();
		expect(new Map(await kv.entries())).toEqual(
			new Map<string, unknown>([
				['meta', future],
				['file:good.md', GOOD]
			])
		);
	});

	it('stops writing when a newer schema appears in storage while it runs', async () => {
		const kv = createMemoryStore();
		const errors: (string | null)[] = [];
		const store = new WorkspaceStore(kv, { onError: (message) => errors.push(message) }, 0);
		await store.load();
		store.start();
		await kv.setMany([['meta', { schemaVersion: 4, fileIds: [], currentFileId: null }]]);
		store.putSegmentEdit('a.md', 'x-1', 'mine');
		await store.flush();
		expect(store.isBlocked).toBe(true);
		expect(errors[0]).toMatch(/newer version of locdiff/);
		expect(await kv.keys()).toEqual(['meta']);
	});
});

describe('loading the merges waiting in the Merge summary', () => {
	const merge = (id: string, byteLength: number) => ({
		id,
		fileId: 'good.md',
		path: 'new/good.md',
		bytes: new Uint8Array([71, 72]),
		byteLength,
		resolutions: [
			['t-1', 'mine'],
			['t-2', { text: 'typed' }],
			['t-3', 42]
		]
	});

	it('keeps the whole merges and their readable resolutions, and names the damaged ones', async () => {
		const { result } = await loadWithBad([['merges', { queue: [merge('a', 2), merge('b', 9)] }]]);
		const [kept, ...rest] = result.snapshot.merges;
		expect(rest).toEqual([]);
		expect(kept?.id).toBe('a');
		expect([...(kept?.resolutions ?? [])]).toEqual([
			['t-1', 'mine'],
			['t-2', { text: 'typed' }]
		]);
		expect(result.problems).toContain(
			'1 merges waiting in the Merge summary were damaged and skipped; update those files again.'
		);
	});

	it('reads a workspace without a merges record as no merge waiting', async () => {
		const { result } = await loadWithBad([]);
		expect(result.ok && result.snapshot.merges).toEqual([]);
	});
});
