import { describe, expect, it } from 'vitest';
import {
	createMemoryStore,
	SCHEMA_VERSION,
	WorkspaceStore,
	type KeyValueStore
} from '../../../src/storage/index.ts';
import { migrateRecords } from '../../../src/storage/migrations.ts';

/** Records exactly as the issue-4 code (schema 1) wrote them: meta, file bytes, edits. */
function issue4Records(): [string, unknown][] {
	const bytes = new TextEncoder().encode('# Title\n');
	return [
		['meta', { schemaVersion: 1, fileIds: ['docs/a.md', 'docs/b.md'], currentFileId: 'docs/b.md' }],
		['file:docs/a.md', { path: 'docs/a.md', bytes }],
		['file:docs/b.md', { path: 'docs/b.md', bytes }],
		['edits:docs/b.md', { edits: [['x-101', 'neu']], cursor: { index: 3, column: 4 } }]
	];
}

async function loadFrom(kv: KeyValueStore) {
	const errors: (string | null)[] = [];
	const store = new WorkspaceStore(kv, { onError: (message) => errors.push(message) }, 0);
	return { store, errors, result: await store.load() };
}

describe('migrateRecords', () => {
	it('is at schema 2', () => {
		expect(SCHEMA_VERSION).toBe(2);
	});

	it('brings the issue-4 layout to schema 2: meta bumped, default settings added', () => {
		const { records, rewritten } = migrateRecords(issue4Records());
		const byKey = new Map(records);
		expect(byKey.get('meta')).toEqual({
			schemaVersion: 2,
			fileIds: ['docs/a.md', 'docs/b.md'],
			currentFileId: 'docs/b.md'
		});
		expect(byKey.get('settings')).toEqual({ compare: 'source' });
		expect(new Map(rewritten)).toEqual(
			new Map([
				['meta', byKey.get('meta')],
				['settings', { compare: 'source' }]
			])
		);
		// File and edits records keep their shape: they are passed through, not copied.
		const old = new Map(issue4Records());
		expect(byKey.get('edits:docs/b.md')).toEqual(old.get('edits:docs/b.md'));
		expect(byKey.get('file:docs/a.md')).toEqual(old.get('file:docs/a.md'));
	});

	it('leaves records of the current schema alone', () => {
		const current: [string, unknown][] = [
			['meta', { schemaVersion: 2, fileIds: [], currentFileId: null }],
			['settings', { compare: 'original' }]
		];
		expect(migrateRecords(current)).toEqual({ records: current, rewritten: [] });
	});

	it('passes a newer or unknown version through untouched, for the load to refuse', () => {
		for (const schemaVersion of [3, 0, 1.5]) {
			const records: [string, unknown][] = [
				['meta', { schemaVersion, fileIds: [], currentFileId: null }]
			];
			expect(migrateRecords(records)).toEqual({ records, rewritten: [] });
		}
	});

	it('migrates nothing without a readable meta (a crash before its first write)', () => {
		const records = issue4Records().filter(([key]) => key !== 'meta');
		expect(migrateRecords(records).rewritten).toEqual([]);
	});
});

describe('WorkspaceStore.load on an issue-4 workspace', () => {
	it('restores files, edits, cursor and current file, with the default settings', async () => {
		const { result } = await loadFrom(createMemoryStore(issue4Records()));
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.snapshot.files.map((file) => file.id)).toEqual(['docs/a.md', 'docs/b.md']);
		expect(result.snapshot.currentFileId).toBe('docs/b.md');
		expect(result.snapshot.settings).toEqual({ compare: 'source' });
		const edited = result.snapshot.files[1];
		expect(edited?.edits).toEqual(new Map([['x-101', 'neu']]));
		expect(edited?.cursor).toEqual({ index: 3, column: 4 });
		expect(result.problems).toEqual([]);
	});

	it('rewrites the migrated records once started, and only those', async () => {
		const kv = createMemoryStore(issue4Records());
		const { store } = await loadFrom(kv);
		expect(new Map(await kv.entries()).get('meta')).toMatchObject({ schemaVersion: 1 });
		store.start();
		await store.flush();
		const stored = new Map(await kv.entries());
		expect(stored.get('meta')).toMatchObject({ schemaVersion: 2, currentFileId: 'docs/b.md' });
		expect(stored.get('settings')).toEqual({ compare: 'source' });
		const old = new Map(issue4Records());
		for (const key of ['file:docs/a.md', 'file:docs/b.md', 'edits:docs/b.md'])
			expect(stored.get(key)).toEqual(old.get(key));
		// The second load finds schema 2 and has nothing to migrate.
		const again = await loadFrom(kv);
		expect(again.result.ok).toBe(true);
		expect(migrateRecords(await kv.entries()).rewritten).toEqual([]);
	});

	it('stores changed settings and restores them', async () => {
		const kv = createMemoryStore(issue4Records());
		const { store } = await loadFrom(kv);
		store.start();
		store.putSettings({ compare: 'original' });
		await store.flush();
		const { result } = await loadFrom(kv);
		expect(result.ok && result.snapshot.settings).toEqual({ compare: 'original' });
	});

	it('refuses a workspace from a future schema with a clear message and never writes', async () => {
		const future: [string, unknown][] = [
			['meta', { schemaVersion: SCHEMA_VERSION + 1, fileIds: ['docs/a.md'], currentFileId: null }],
			['file:docs/a.md', { path: 'docs/a.md', bytes: new Uint8Array([35]) }]
		];
		const kv = createMemoryStore(future);
		const { store, result } = await loadFrom(kv);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.message).toMatch(/newer version of locdiff.*left untouched/);
		store.start();
		store.putSettings({ compare: 'original' });
		store.putMeta(['x.md'], 'x.md');
		await store.flush();
		expect(await kv.entries()).toEqual(future);
	});
});
