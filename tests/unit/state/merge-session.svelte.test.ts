import { describe, expect, it } from 'vitest';
import { encodeSxsText, parseSxs, serializeSxs, toFileId } from '../../../src/core/index.ts';
import { EXAMPLE_FILES } from '../../../src/examples/index.ts';
import { MERGES_KEY } from '../../../src/storage/db.ts';
import {
	createMemoryStore,
	WorkspaceStore,
	type KeyValueStore
} from '../../../src/storage/index.ts';
import { Workbench } from '../../../src/state/workbench.svelte.ts';
import { ParseClient } from '../../../src/worker/client.ts';
import { sxsText, type Row } from '../../helpers/merge-builders.ts';

const PATH = 'docs/sync.uk-UA.md';
const FILE_ID = toFileId(PATH);

/** v1: four segments; v2 (another prefix): 101 and 104 unchanged, 102 and 103 retranslated. */
const V1: readonly Row[] = [
	['101', 'Синхронізація', 'Sync'],
	['102', 'Відкрийте налаштування.', 'Open the settings.'],
	['103', 'Виберіть інтервал.', 'Pick an interval.'],
	['104', 'Натисніть Зберегти.', 'Select Save.']
];
const V2: readonly Row[] = [
	['201', 'Синхронізація', 'Sync'],
	['202', 'Відкрийте параметри.', 'Open the settings.'],
	['203', 'Оберіть інтервал.', 'Pick an interval.'],
	['204', 'Натисніть Зберегти.', 'Select Save.']
];

function makeWorkbench(kv: KeyValueStore) {
	const store = new WorkspaceStore(kv, { onError: () => undefined }, 0);
	const parser = new ParseClient(() => {
		throw new Error('no workers in Node');
	}, 1);
	return { store, workbench: new Workbench({ store, parser, examples: EXAMPLE_FILES }) };
}

/** v1 opened, three segments edited and two confirmed, the merge onto v2 started. */
async function mergeStarted(kv: KeyValueStore = createMemoryStore()) {
	const { store, workbench } = makeWorkbench(kv);
	await workbench.restore();
	await workbench.openFiles([new File([sxsText('aaaaa', V1)], PATH)]);
	const open = workbench.workspace.files.find((file) => file.id === FILE_ID);
	if (open === undefined) throw new Error('not opened');
	workbench.selectFile(FILE_ID);
	workbench.current.edit(0, 'Синхронізування');
	workbench.current.edit(1, 'Відкрийте, будь ласка, налаштування.');
	workbench.current.edit(2, 'Задайте інтервал.');
	workbench.current.confirm(0);
	workbench.current.confirm(1);
	workbench.current.confirm(3);
	const [incoming] = await workbench.loader.parse([
		{ path: PATH, contents: encodeSxsText(sxsText('bbbbb', V2)) }
	]);
	if (incoming === undefined || !workbench.merges.start(open, incoming))
		throw new Error('not started');
	return { kv, store, workbench };
}

function textOf(workbench: Workbench): string {
	const file = workbench.workspace.files.find((entry) => entry.id === FILE_ID);
	const document = parseSxs(new TextDecoder().decode(file?.bytes));
	return serializeSxs(document, workbench.workspace.editsOf(FILE_ID)).text;
}

describe('MergeSession', () => {
	it('shows the summary, and Apply merge keeps the confirmations whose text carried', async () => {
		const { workbench } = await mergeStarted();
		expect(workbench.merges.summary).toBe('1 carried · 2 conflicts · 0 new · 0 dropped');
		workbench.merges.resolve('bbbbb-202', 'mine');
		workbench.merges.resolve('bbbbb-203', 'theirs');
		workbench.merges.apply();
		expect(workbench.merges.current).toBeNull();
		expect(workbench.workspace.merges).toEqual([]);
		expect([...workbench.workspace.editsOf(FILE_ID)]).toEqual([
			['bbbbb-201', 'Синхронізування'],
			['bbbbb-202', 'Відкрийте, будь ласка, налаштування.']
		]);
		// 201 carried and 202 taken mine were confirmed; 204 was confirmed unedited, and the new
		// version kept its source and translation, so it stays confirmed too.
		expect([...workbench.workspace.confirmedOf(FILE_ID)].sort()).toEqual([
			'bbbbb-201',
			'bbbbb-202',
			'bbbbb-204'
		]);
	});

	it('does not confirm a conflict settled as theirs or with a typed text', async () => {
		const { workbench } = await mergeStarted();
		workbench.merges.resolve('bbbbb-202', { text: 'Відкрийте параметри, будь ласка.' });
		workbench.merges.apply();
		expect([...workbench.workspace.confirmedOf(FILE_ID)].sort()).toEqual([
			'bbbbb-201',
			'bbbbb-204'
		]);
	});

	it('survives a reload in the middle of the queue and applies the same bytes', async () => {
		const { kv, store, workbench } = await mergeStarted();
		workbench.merges.resolve('bbbbb-202', 'mine');
		await store.flush();
		expect(await kv.get(MERGES_KEY)).toMatchObject({ queue: [{ fileId: PATH }] });

		const reloaded = makeWorkbench(kv).workbench;
		await reloaded.restore();
		const pending = reloaded.merges.current;
		expect(pending?.incoming.path).toBe(PATH);
		expect(reloaded.merges.summary).toBe('1 carried · 2 conflicts · 0 new · 0 dropped');
		expect([...(pending?.resolutions ?? [])]).toEqual([['bbbbb-202', 'mine']]);
		// The open file is untouched until Apply merge: still v1 with its edits.
		expect(reloaded.workspace.editsOf(FILE_ID).size).toBe(3);

		reloaded.merges.apply();
		workbench.merges.apply();
		expect(textOf(reloaded)).toBe(textOf(workbench));
		expect(reloaded.workspace.confirmedOf(FILE_ID)).toEqual(
			workbench.workspace.confirmedOf(FILE_ID)
		);
	});

	it('Cancel and Apply merge clear the saved merge', async () => {
		const { kv, store, workbench } = await mergeStarted();
		await store.flush();
		workbench.merges.cancel();
		await store.flush();
		expect(await kv.get(MERGES_KEY)).toEqual({ queue: [] });
		const reloaded = makeWorkbench(kv).workbench;
		await reloaded.restore();
		expect(reloaded.merges.current).toBeNull();
		expect(reloaded.workspace.editsOf(FILE_ID).size).toBe(3);
	});

	it('drops the saved merge of a file that was not restored, with a notice', async () => {
		const { kv, store, workbench } = await mergeStarted();
		await store.flush();
		const merges = await kv.get(MERGES_KEY);
		const other = createMemoryStore([[MERGES_KEY, merges]]);
		// A workspace with another file open and the merge of a file it does not hold.
		const { store: otherStore, workbench: elsewhere } = makeWorkbench(other);
		await elsewhere.restore();
		await elsewhere.openExamples();
		await otherStore.flush();
		const reloaded = makeWorkbench(other).workbench;
		await reloaded.restore();
		expect(reloaded.merges.current).toBeNull();
		expect(reloaded.workspace.merges).toEqual([]);
		const texts = reloaded.notices.list.map((notice) => notice.text);
		expect(texts).toContain(`The merge of ${PATH} was not restored: ${PATH} is no longer open.`);
		expect(workbench.merges.current).not.toBeNull();
	});

	it('merges into another open file when the translator changes the pairing', async () => {
		const { workbench } = await mergeStarted();
		const other = 'docs/other/sync.uk-UA.md';
		// Not the same bytes as the open file (those would wait in File already open).
		const copy = sxsText('aaaaa', V1).replace('Натисніть Зберегти.', 'Збережіть.');
		await workbench.openFiles([new File([copy], other)]);
		workbench.merges.resolve('bbbbb-202', 'mine');
		expect(workbench.merges.targets.map((target) => target.path)).toEqual([PATH, other]);
		workbench.merges.pairWith(toFileId(other));
		// The other copy has no edits: nothing to carry, and the settled conflict starts over.
		expect(workbench.merges.current?.open.path).toBe(other);
		expect(workbench.merges.summary).toBe('0 carried · 0 conflicts · 0 new · 0 dropped');
		expect(workbench.merges.current?.resolutions.size).toBe(0);
		workbench.merges.apply();
		expect(workbench.workspace.editsOf(FILE_ID).size).toBe(3);
		const replaced = workbench.workspace.files.find((file) => file.path === other);
		expect(new TextDecoder().decode(replaced?.bytes)).toBe(sxsText('bbbbb', V2));
	});
});
