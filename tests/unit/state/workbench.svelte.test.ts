import { describe, expect, it, vi } from 'vitest';
import { toFileId } from '../../../src/core/index.ts';
import { EXAMPLE_FILES } from '../../../src/examples/index.ts';
import {
	createMemoryStore,
	WorkspaceStore,
	type KeyValueStore
} from '../../../src/storage/index.ts';
import { Workbench } from '../../../src/state/workbench.svelte.ts';
import { Exporter } from '../../../src/state/exporter.ts';
import { exampleMatcher } from '../../../src/state/example-files.ts';
import { unzipEntries } from '../../../src/io/index.ts';

/** The paths inside a zip. */
function unzipNames(bytes: Uint8Array): string[] {
	const unzipped = unzipEntries(bytes);
	return unzipped.ok ? [...unzipped.entries.keys()] : [];
}
import { ParseClient } from '../../../src/worker/client.ts';

/** A workbench on an in-memory store; no Worker in Node, so the client parses on this thread. */
function makeWorkbench(kv: KeyValueStore) {
	const store = new WorkspaceStore(kv, { onError: () => undefined }, 0);
	const parser = new ParseClient(() => {
		throw new Error('no workers in Node');
	}, 1);
	return { store, workbench: new Workbench({ store, parser, examples: EXAMPLE_FILES }) };
}

async function openedExamples(kv = createMemoryStore()) {
	const made = makeWorkbench(kv);
	await made.workbench.restore();
	await made.workbench.openExamples();
	return { kv, ...made };
}

describe('Workbench', () => {
	it('opens the examples and counts them in the status', async () => {
		const { workbench } = await openedExamples();
		expect(workbench.loader.statusText).toBe('3 files · 39 segments');
		expect(workbench.workspace.currentId).toBe('examples/sync-settings.de-DE.md');
		expect(workbench.current.rows).toHaveLength(13);
	});

	it('restores files, edits, current file and cursor after a reload', async () => {
		const { kv, workbench, store } = await openedExamples();
		workbench.selectFile(toFileId('examples/sync-settings.uk-UA.md'));
		workbench.current.edit(2, 'Нова назва');
		workbench.current.moveCursor({ index: 2, column: 5 });
		await store.flush();

		const reloaded = makeWorkbench(kv).workbench;
		await reloaded.restore();
		expect(reloaded.workspace.currentId).toBe('examples/sync-settings.uk-UA.md');
		expect(reloaded.current.rows[2]?.current).toBe('Нова назва');
		expect(reloaded.current.cursor).toEqual({ index: 2, column: 5 });
		expect(reloaded.loader.statusText).toBe('3 files · 39 segments');
	});

	it('refuses an edit that adds segment markup, without a notice per key, and stores no edit', async () => {
		const { workbench } = await openedExamples();
		const reason = workbench.current.check(0, 'x <span data-ttu-id="1">');
		expect(reason).not.toBeNull();
		workbench.current.edit(0, 'x <span data-ttu-id="1">');
		expect(workbench.workspace.edits.size).toBe(0);
		expect(workbench.notices.list).toEqual([]);
	});

	it('treats typing the original text back as no edit, and reverts a segment', async () => {
		const { workbench } = await openedExamples();
		const original = workbench.current.rows[1]?.original ?? '';
		workbench.current.edit(1, 'changed');
		expect(workbench.current.editedCount).toBe(1);
		workbench.current.edit(1, original);
		expect(workbench.current.editedCount).toBe(0);
		workbench.current.edit(1, 'changed again');
		workbench.current.revert(1);
		expect(workbench.current.rows[1]?.current).toBe(original);
	});

	it('finds a segment by 1-based position or by id', async () => {
		const { workbench } = await openedExamples();
		expect(workbench.current.findSegment('3')).toBe(2);
		expect(workbench.current.findSegment('4c7d1-105')).toBe(4);
		expect(workbench.current.findSegment('0')).toBeNull();
		expect(workbench.current.findSegment('nope')).toBeNull();
	});

	it('closes all files, in memory and in storage', async () => {
		const { kv, workbench } = await openedExamples();
		workbench.current.edit(0, 'x');
		expect(workbench.describeDiscard()).toBe('3 open files and 1 edits in 1 of them');
		await workbench.closeAll();
		expect(workbench.loader.statusText).toBe('0 files · 0 segments');
		expect(await kv.entries()).toEqual([]);
	});

	it('names each file that fails and still loads the others', async () => {
		const { workbench } = await openedExamples();
		const binary = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1])], 'logo.png');
		await workbench.openFiles([binary]);
		expect(workbench.loader.statusText).toBe('4 files · 39 segments · 1 failed');
		expect(workbench.notices.list.some((n) => n.text.startsWith('logo.png '))).toBe(true);
	});

	it('counts a file with no segments as opened, not failed, and says so without an error', async () => {
		const { workbench } = await openedExamples();
		await workbench.openFiles([new File(['# Notes\n'], 'notes.md'), new File([], 'empty.md')]);
		expect(workbench.loader.statusText).toBe('5 files · 39 segments');
		const said = workbench.notices.list.filter((n) => /^(notes|empty)\.md /.test(n.text));
		expect(said.map((notice) => notice.kind)).toEqual(['info', 'info']);
	});

	it('moves to the next and previous file in natural path order, or in the order given', async () => {
		const { workbench } = await openedExamples();
		const files = ['b/ch10.md', 'b/ch2.md'].map((path) => new File([''], path));
		await workbench.openFiles(files);
		workbench.selectFile(toFileId('examples/sync-settings.zh-CN.md'));
		workbench.selectNeighbour(-1);
		expect(workbench.workspace.currentId).toBe('examples/sync-settings.uk-UA.md');
		workbench.selectFile(toFileId('b/ch2.md'));
		workbench.selectNeighbour(1);
		expect(workbench.workspace.currentId).toBe('b/ch10.md');
		// The list as displayed (here filtered to two files): Down from ch10.md, not in it, enters at the top.
		const order = ['examples/sync-settings.zh-CN.md', 'b/ch2.md'].map((id) => ({
			id: toFileId(id)
		}));
		workbench.selectNeighbour(1, order);
		expect(workbench.workspace.currentId).toBe('examples/sync-settings.zh-CN.md');
	});

	it('does not write to storage before the saved workspace was restored', async () => {
		const kv = createMemoryStore();
		const setMany = vi.spyOn(kv, 'setMany');
		const transact = vi.spyOn(kv, 'transact');
		const { workbench } = makeWorkbench(kv);
		await workbench.openExamples();
		await new Promise((resolve) => setTimeout(resolve, 20));
		expect(setMany).not.toHaveBeenCalled();
		expect(transact).not.toHaveBeenCalled();
	});

	it('never writes this start-up over newer stored edits: the load comes first, then merges', async () => {
		const { kv, workbench, store } = await openedExamples();
		workbench.current.edit(0, 'stored earlier');
		await store.flush();
		// Another session stores a newer text for segment 2 while this one is starting.
		const fresh = makeWorkbench(kv);
		const restoring = fresh.workbench.restore();
		const de = 'edits:examples/sync-settings.de-DE.md';
		const record = (await kv.get(de)) as { edits: [string, string][] };
		await kv.setMany([[de, { ...record, edits: [...record.edits, ['4c7d1-102', 'newer']] }]]);
		await restoring;
		fresh.workbench.current.edit(2, 'typed after start');
		await fresh.store.flush();
		const stored = new Map(((await kv.get(de)) as { edits: [string, string][] }).edits);
		expect(stored.get('4c7d1-101')).toBe('stored earlier');
		expect(stored.get('4c7d1-102')).toBe('newer');
		expect(stored.get('4c7d1-103')).toBe('typed after start');
	});
});

describe('the built-in examples and real files', () => {
	const real = (): File =>
		new File([EXAMPLE_FILES[0]!.text.replace('Tidewater', 'Seaside')], 'real.de-DE.md');

	it('closes the untouched examples when real files are opened', async () => {
		const { workbench } = await openedExamples();
		await workbench.openFiles([real()]);
		expect(workbench.workspace.files.map((file) => file.path)).toEqual(['real.de-DE.md']);
		expect(workbench.workspace.currentId).toBe('real.de-DE.md');
	});

	it('keeps an edited example open but leaves it out of Export all', async () => {
		const { workbench } = await openedExamples();
		workbench.current.edit(0, 'Geändert');
		await workbench.openFiles([real()]);
		expect(workbench.workspace.files.map((file) => file.path)).toEqual([
			'examples/sync-settings.de-DE.md',
			'real.de-DE.md'
		]);
		const exported: string[] = [];
		const exporter = new Exporter(
			workbench.workspace,
			workbench.notices,
			(name, bytes) => exported.push(...unzipNames(bytes), name),
			exampleMatcher(EXAMPLE_FILES)
		);
		exporter.exportAll();
		expect(exported).toEqual(['real.de-DE.md', 'locdiff-export.zip']);
	});
});
