import { describe, expect, it } from 'vitest';
import { toFileId } from '../../../src/core/index.ts';
import { EXAMPLE_FILES } from '../../../src/examples/index.ts';
import { WorkspaceBackups } from '../../../src/state/backup.svelte.ts';
import { Workbench } from '../../../src/state/workbench.svelte.ts';
import {
	createMemoryStore,
	WorkspaceStore,
	type KeyValueStore
} from '../../../src/storage/index.ts';
import { ParseClient } from '../../../src/worker/client.ts';

const UK = toFileId('examples/sync-settings.uk-UA.md');

/** A workbench on an in-memory store, with a backup use case whose downloads are kept. */
async function makeWorkbench(kv: KeyValueStore = createMemoryStore()) {
	const store = new WorkspaceStore(kv, { onError: () => undefined }, 0);
	const parser = new ParseClient(() => {
		throw new Error('no workers in Node');
	}, 1);
	const workbench = new Workbench({ store, parser, examples: EXAMPLE_FILES });
	const downloads: { name: string; bytes: Uint8Array }[] = [];
	const backups = new WorkspaceBackups({
		workspace: workbench.workspace,
		current: workbench.current,
		loader: workbench.loader,
		notices: workbench.notices,
		clear: () => workbench.closeAll(),
		download: (name, bytes) => downloads.push({ name, bytes }),
		now: () => '2025-03-04T05:06:07.000Z'
	});
	await workbench.restore();
	return { kv, store, workbench, backups, downloads };
}

/** The examples, one edit and one draft in uk-UA, the cursor on the edit, compared with the original. */
async function editedWorkspace() {
	const made = await makeWorkbench();
	await made.workbench.openExamples();
	made.workbench.selectFile(UK);
	made.workbench.current.edit(2, 'Нова назва');
	made.workbench.current.moveCursor({ index: 2, column: 5 });
	made.workbench.setCompare('original');
	made.workbench.workspace.setConfirmed(UK, [made.workbench.current.rows[2]!.id], true, 'user');
	made.workbench.workspace.setDismissed(UK, ['number\u0000segment\u0000key'], true, 'user');
	// A refused text kept as typed: a draft, which the backup carries too (format 4).
	made.workbench.current.keepDraft(3, 'Halb <span class="x">');
	expect(made.workbench.workspace.draftsOf(UK).size).toBe(1);
	return made;
}

function snapshot(workbench: Workbench) {
	return {
		files: workbench.workspace.files.map((file) => [file.path, [...file.bytes]]),
		edits: [...workbench.workspace.edits].map(([id, edits]) => [id, [...edits]]),
		confirmed: workbench.workspace.files.map((file) => [
			...workbench.workspace.confirmedOf(file.id)
		]),
		dismissed: workbench.workspace.files.map((file) => [
			...workbench.workspace.dismissedOf(file.id)
		]),
		drafts: workbench.workspace.files.map((file) => [...workbench.workspace.draftsOf(file.id)]),
		currentId: workbench.workspace.currentId,
		cursor: workbench.current.cursor,
		compare: workbench.current.compare,
		status: workbench.loader.statusText
	};
}

function backupFile(bytes: Uint8Array, name = 'backup.zip'): File {
	return new File([new Uint8Array(bytes)], name);
}

describe('WorkspaceBackups', () => {
	it('exports one zip named after the day', async () => {
		const { backups, downloads } = await editedWorkspace();
		backups.exportWorkspace();
		expect(downloads.map((download) => download.name)).toEqual([
			'locdiff-workspace-2025-03-04.zip'
		]);
	});

	it('imports into an empty workspace exactly what was exported, and stores it', async () => {
		const source = await editedWorkspace();
		source.backups.exportWorkspace();
		const target = await makeWorkbench();
		await target.backups.chooseFile(backupFile(source.downloads[0]!.bytes));
		expect(snapshot(target.workbench)).toEqual(snapshot(source.workbench));
		expect(target.workbench.notices.list.at(-1)?.text).toBe(
			'Imported backup.zip: 3 files and 1 edits.'
		);
		// What was imported is stored: a reload shows the same workspace.
		await target.store.flush();
		const reloaded = await makeWorkbench(target.kv);
		expect(snapshot(reloaded.workbench)).toEqual(snapshot(source.workbench));
	});

	it('asks before replacing open work, and keeps it when the translator says no', async () => {
		const source = await editedWorkspace();
		source.backups.exportWorkspace();
		const target = await makeWorkbench();
		await target.workbench.openExamples();
		const before = snapshot(target.workbench);
		await target.backups.chooseFile(backupFile(source.downloads[0]!.bytes));
		expect(target.backups.pending?.fileName).toBe('backup.zip');
		expect(target.backups.incoming).toBe('3 files and 1 edits');
		target.backups.cancelImport();
		expect(snapshot(target.workbench)).toEqual(before);
		await target.backups.chooseFile(backupFile(source.downloads[0]!.bytes));
		await target.backups.confirmImport();
		expect(snapshot(target.workbench)).toEqual(snapshot(source.workbench));
	});

	it('refuses a damaged backup with a message and leaves the workspace as it was', async () => {
		const source = await editedWorkspace();
		source.backups.exportWorkspace();
		const before = snapshot(source.workbench);
		const bytes = source.downloads[0]!.bytes.slice();
		// Deflated entries come first in the zip; flip a byte in the middle of one.
		bytes[Math.floor(bytes.length / 3)]! ^= 0xff;
		await source.backups.chooseFile(backupFile(bytes, 'broken.zip'));
		await source.backups.chooseFile(backupFile(new TextEncoder().encode('# hi'), 'notes.md'));
		expect(source.backups.pending).toBeNull();
		expect(snapshot(source.workbench)).toEqual(before);
		const messages = source.workbench.notices.list.slice(-2).map((notice) => notice.text);
		expect(messages[0]).toMatch(/^broken\.zip was not imported\. /);
		expect(messages[1]).toMatch(/^notes\.md was not imported\. It is not a zip file/);
	});
});
