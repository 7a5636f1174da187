import { describe, expect, it, vi } from 'vitest';
import { EXAMPLE_FILES } from '../../../src/examples/index.ts';
import { Workbench } from '../../../src/state/workbench.svelte.ts';
import { ParseClient } from '../../../src/worker/client.ts';
import { Memories } from '../../../src/state/memories.svelte.ts';
import { Notices } from '../../../src/state/notices.svelte.ts';
import { createMemoryStore, MemoryStore, WorkspaceStore } from '../../../src/storage/index.ts';
import { InteropClient } from '../../../src/worker/index.ts';

const TMX = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en-US" srclang="en-US" datatype="plaintext"/><body>
<tu><tuv xml:lang="en-US"><seg>Restart the computer to finish the update.</seg></tuv><tuv xml:lang="de-DE"><seg>Starten Sie den Computer neu.</seg></tuv><tuv xml:lang="uk-UA"><seg>Перезапустіть комп’ютер.</seg></tuv></tu>
<tu><tuv xml:lang="en-US"><seg>Open <bpt i="1">&lt;b&gt;</bpt>Settings<ept i="1">&lt;/b&gt;</ept>.</seg></tuv><tuv xml:lang="de-DE"><seg>Öffnen Sie <bpt i="1">&lt;b&gt;</bpt>Einstellungen<ept i="1">&lt;/b&gt;</ept>.</seg></tuv></tu>
</body></tmx>`;

const asFile = (name: string, text: string) => ({
	name,
	arrayBuffer: () => Promise.resolve(new TextEncoder().encode(text).buffer)
});

function memoriesOn(records: ReturnType<typeof createMemoryStore>) {
	let id = 0;
	const notices = new Notices();
	const memories = new Memories(
		new MemoryStore(records),
		new InteropClient(null),
		notices,
		() => `m${++id}`,
		() => 1_700_000_000_000
	);
	return { memories, notices };
}

const query = (source: string, targetLocale: string | null) => ({
	source,
	targetLocale,
	fileId: 'doc.de-DE.md',
	segmentId: 'abc-101'
});

describe('Memories', () => {
	it('imports a TMX, lists it with its languages and finds its entries for the file’s language', async () => {
		const { memories } = memoriesOn(createMemoryStore());
		await memories.importTmx(asFile('office.tmx', TMX));
		expect(memories.list).toEqual([
			{
				id: 'm1',
				name: 'office.tmx',
				importedAt: 1_700_000_000_000,
				entryCount: 3,
				sourceLanguages: ['en-US'],
				targetLanguages: [
					{ language: 'de-DE', count: 2 },
					{ language: 'uk-UA', count: 1 }
				]
			}
		]);
		const matches = await memories.find(
			query('Restart the computer to finish the updates.', 'de-DE'),
			3
		);
		expect(matches).toMatchObject([
			{ origin: 'memory', from: 'office.tmx', translation: 'Starten Sie den Computer neu.' }
		]);
		expect(matches[0]?.similarity).toBeGreaterThanOrEqual(0.75);
		expect(matches[0]?.diff).toContainEqual({ text: 'updates', kind: 'added' });
		const codes = await memories.find(query('Open <b>Settings</b>.', 'de-DE'), 3);
		expect(codes[0]?.translation).toBe('Öffnen Sie <b>Einstellungen</b>.');
		expect(
			await memories.find(query('Restart the computer to finish the update.', null), 3)
		).toEqual([]);
		expect(
			await memories.find(query('Restart the computer to finish the update.', 'fr-FR'), 3)
		).toEqual([]);
	});

	it('keeps memories across a restart, and a removed one is gone for good', async () => {
		const records = createMemoryStore();
		const first = memoriesOn(records).memories;
		await first.importTmx(asFile('a.tmx', TMX));
		await first.importTmx(asFile('b.tmx', TMX));

		const again = memoriesOn(records).memories;
		await again.restore();
		expect(again.list.map((m) => m.name)).toEqual(['a.tmx', 'b.tmx']);
		const found = await again.find(query('Restart the computer to finish the update.', 'uk-UA'), 5);
		expect(found.map((m) => m.from)).toEqual(['a.tmx', 'b.tmx']);

		await again.remove('m1');
		expect(again.list.map((m) => m.name)).toEqual(['b.tmx']);
		const after = await again.find(query('Restart the computer to finish the update.', 'uk-UA'), 5);
		expect(after.map((m) => m.from)).toEqual(['b.tmx']);
		const third = memoriesOn(records).memories;
		await third.restore();
		expect(third.list.map((m) => m.name)).toEqual(['b.tmx']);
	});

	it('takes a memory off the list only once it is gone from the store', async () => {
		const records = createMemoryStore();
		const first = memoriesOn(records).memories;
		await first.importTmx(asFile('a.tmx', TMX));
		// A worker that never answers the drop: the removal must not wait for it to be stored.
		const local = new InteropClient(null);
		const stalled = new Memories(
			new MemoryStore(records),
			{
				run: (request) =>
					request.type === 'drop-memory' ? new Promise(() => undefined) : local.run(request)
			},
			new Notices()
		);
		await stalled.restore();
		void stalled.remove('m1');
		await vi.waitFor(() => expect(stalled.list).toEqual([]));
		expect(await new MemoryStore(records).list()).toEqual([]);
	});

	it('refuses hostile or malformed XML with a message and stores nothing', async () => {
		const records = createMemoryStore();
		const { memories, notices } = memoriesOn(records);
		await memories.importTmx(
			asFile(
				'bomb.tmx',
				'<!DOCTYPE t [<!ENTITY a "aaaaaaaa"><!ENTITY b "&a;&a;&a;">]><tmx>&b;</tmx>'
			)
		);
		await memories.importTmx(asFile('broken.tmx', '<tmx><body><tu>'));
		expect(memories.list).toEqual([]);
		expect(memories.lastError).toMatch(/broken\.tmx was not imported/);
		expect(notices.list.filter((n) => n.kind === 'error')).toHaveLength(2);
		expect(await records.keys()).toEqual([]);
	});

	it('skips a damaged stored memory with a message, and loads the others', async () => {
		const records = createMemoryStore();
		const first = memoriesOn(records).memories;
		await first.importTmx(asFile('a.tmx', TMX));
		await first.importTmx(asFile('b.tmx', TMX));
		await records.setMany([['entries:m1', new TextEncoder().encode('not json')]]);
		const { memories, notices } = memoriesOn(records);
		await memories.restore();
		expect(memories.list.map((m) => m.name)).toEqual(['b.tmx']);
		expect(notices.list.map((n) => n.text)).toEqual([
			'The memory a.tmx could not be read; it is skipped.'
		]);
	});
});

describe('Workbench.memoryMatches', () => {
	it('answers the Matches list from the memories restored with the workspace', async () => {
		const records = createMemoryStore();
		await memoriesOn(records).memories.importTmx(asFile('office.tmx', TMX));
		const store = new WorkspaceStore(createMemoryStore(), { onError: () => undefined }, 0);
		const parser = new ParseClient(() => {
			throw new Error('no workers in Node');
		}, 1);
		const memoryStore = new MemoryStore(records);
		const workbench = new Workbench({ store, parser, examples: EXAMPLE_FILES, memoryStore });
		await workbench.restore();
		await vi.waitFor(() => expect(workbench.memories.list).toHaveLength(1));
		const matches = await workbench.memoryMatches.find(
			query('Restart the computer to finish the update.', 'uk-UA'),
			3
		);
		expect(matches).toMatchObject([
			{
				origin: 'memory',
				from: 'office.tmx',
				similarity: 1,
				translation: 'Перезапустіть комп’ютер.'
			}
		]);
	});
});
