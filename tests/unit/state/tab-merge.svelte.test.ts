import { describe, expect, it } from 'vitest';
import { EXAMPLE_FILES } from '../../../src/examples/index.ts';
import {
	createMemoryStore,
	WorkspaceStore,
	type KeyValueStore,
	type TabMessage,
	type TabSync
} from '../../../src/storage/index.ts';
import { Workbench } from '../../../src/state/workbench.svelte.ts';
import { ParseClient } from '../../../src/worker/client.ts';

/** A BroadcastChannel stand-in: every tab hears the others' announcements. */
function createChannel() {
	const listeners = new Map<string, (message: TabMessage) => void>();
	return (tabId: string): TabSync => ({
		announce: (change) => {
			for (const [id, listener] of listeners)
				if (id !== tabId) listener({ ...change, tabId, schemaVersion: 1 });
		},
		listen: (listener) => void listeners.set(tabId, listener),
		close: () => void listeners.delete(tabId)
	});
}

async function openTab(kv: KeyValueStore, tabs: TabSync) {
	const store = new WorkspaceStore(
		kv,
		{ onError: () => undefined, onWritten: (change) => tabs.announce(change) },
		0
	);
	const parser = new ParseClient(() => {
		throw new Error('no workers in Node');
	}, 1);
	const workbench = new Workbench({ store, parser, examples: EXAMPLE_FILES, tabs });
	await workbench.restore();
	return { store, workbench };
}

/** Lets every write, message and merge run to the end. */
async function settle(...tabs: { store: WorkspaceStore; workbench: Workbench }[]) {
	for (let round = 0; round < 3; round++) {
		for (const tab of tabs) {
			await tab.store.flush();
			await tab.workbench.tabMerge.settled();
		}
	}
}

async function twoTabs() {
	const kv = createMemoryStore();
	const channel = createChannel();
	const a = await openTab(kv, channel('a'));
	await a.workbench.openExamples();
	const b = await openTab(kv, channel('b'));
	await settle(a, b);
	return { kv, a, b };
}

const rowText = (tab: { workbench: Workbench }, index: number) =>
	tab.workbench.current.rows[index]?.current;

describe('TabMerge', () => {
	it('opens in a tab the files another tab opened', async () => {
		const kv = createMemoryStore();
		const channel = createChannel();
		const a = await openTab(kv, channel('a'));
		const b = await openTab(kv, channel('b'));
		await a.workbench.openExamples();
		await settle(a, b);
		expect(b.workbench.loader.statusText).toBe('3 files · 39 segments');
	});

	it('shows each tab the other tab’s edits to other segments', async () => {
		const { a, b } = await twoTabs();
		a.workbench.current.edit(0, 'from A');
		b.workbench.current.edit(1, 'from B');
		await settle(a, b);
		for (const tab of [a, b]) {
			expect(rowText(tab, 0)).toBe('from A');
			expect(rowText(tab, 1)).toBe('from B');
		}
		expect(a.workbench.tabMerge.conflicts).toEqual([]);
		expect(b.workbench.tabMerge.conflicts).toEqual([]);
	});

	it('lists a segment both tabs changed with both texts, and "Take theirs" settles it everywhere', async () => {
		const { kv, a, b } = await twoTabs();
		a.workbench.current.edit(0, 'A text');
		b.workbench.current.edit(0, 'B text');
		await settle(a, b);
		const withConflict = [a, b].find((tab) => tab.workbench.tabMerge.conflicts.length > 0);
		const other = withConflict === a ? b : a;
		const [conflict] = withConflict?.workbench.tabMerge.conflicts ?? [];
		expect(conflict).toMatchObject({
			segmentId: '4c7d1-101',
			path: 'examples/sync-settings.de-DE.md'
		});
		expect([conflict?.mine, conflict?.theirs].sort()).toEqual(['A text', 'B text']);
		// Nothing is lost before the choice: this tab still shows its own text.
		expect(rowText(withConflict!, 0)).toBe(conflict?.mine);
		withConflict!.workbench.tabMerge.takeTheirs(conflict!.fileId, conflict!.segmentId);
		await settle(a, b);
		expect(rowText(a, 0)).toBe(conflict?.theirs);
		expect(rowText(b, 0)).toBe(conflict?.theirs);
		expect(other.workbench.tabMerge.conflicts).toEqual([]);
		const reloaded = await openTab(kv, createChannel()('c'));
		expect(rowText(reloaded, 0)).toBe(conflict?.theirs);
	});

	it('"Keep mine" writes this tab’s text and the other tab takes it', async () => {
		const { kv, a, b } = await twoTabs();
		a.workbench.current.edit(0, 'A text');
		b.workbench.current.edit(0, 'B text');
		await settle(a, b);
		const withConflict = [a, b].find((tab) => tab.workbench.tabMerge.conflicts.length > 0)!;
		const [conflict] = withConflict.workbench.tabMerge.conflicts;
		withConflict.workbench.tabMerge.keepMine(conflict!.fileId, conflict!.segmentId);
		await settle(a, b);
		expect(rowText(a, 0)).toBe(conflict?.mine);
		expect(rowText(b, 0)).toBe(conflict?.mine);
		const reloaded = await openTab(kv, createChannel()('c'));
		expect(rowText(reloaded, 0)).toBe(conflict?.mine);
	});

	it('closes all files in a tab when another tab closed them, without writing', async () => {
		const { a, b } = await twoTabs();
		await a.workbench.closeAll();
		await settle(a, b);
		expect(b.workbench.loader.statusText).toBe('0 files · 0 segments');
		expect(b.workbench.notices.list.at(-1)?.text).toBe('All files were closed in another tab.');
	});

	it('shows another tab the merges waiting in the Merge summary, settled and applied', async () => {
		const { a, b } = await twoTabs();
		const open = a.workbench.workspace.current!;
		a.workbench.current.edit(0, 'Mine, from A');
		// The same file as a new version whose first translation changed too: one conflict.
		const first = a.workbench.current.rows[0]!;
		const text = new TextDecoder().decode(open.bytes);
		const next = text.replace(`>${first.original}</span>`, '>Theirs, new version</span>');
		expect(next).not.toBe(text);
		const [incoming] = await a.workbench.loader.parse([
			{ path: open.path, contents: new TextEncoder().encode(next) }
		]);
		expect(a.workbench.merges.start(open, incoming!)).toBe(true);
		await settle(a, b);
		expect(b.workbench.merges.summary).toBe(a.workbench.merges.summary);
		expect(b.workbench.merges.current?.merge.conflicts).toHaveLength(1);

		// Settled in B: A sees the choice; applied in A: B's queue empties and it has the new text.
		b.workbench.merges.resolve(b.workbench.merges.current!.merge.conflicts[0]!.theirs, 'mine');
		await settle(a, b);
		expect([...(a.workbench.workspace.merges[0]?.resolutions.values() ?? [])]).toEqual(['mine']);
		a.workbench.merges.apply();
		await settle(a, b);
		expect(b.workbench.workspace.merges).toEqual([]);
		expect(b.workbench.merges.current).toBeNull();
		expect(rowText(b, 0)).toBe('Mine, from A');
	});
});
