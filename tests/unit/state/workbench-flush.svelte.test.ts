import { describe, expect, it } from 'vitest';
import { EXAMPLE_FILES } from '../../../src/examples/index.ts';
import {
	createMemoryStore,
	WorkspaceStore,
	type KeyValueStore
} from '../../../src/storage/index.ts';
import { Notices } from '../../../src/state/notices.svelte.ts';
import { Workbench } from '../../../src/state/workbench.svelte.ts';
import { ParseClient } from '../../../src/worker/client.ts';

/** An edited workbench whose store reports write errors the way create-workbench.ts wires it. */
async function editedWorkbench(kv: KeyValueStore): Promise<Workbench> {
	const notices = new Notices();
	const store = new WorkspaceStore(kv, { onError: (message) => (notices.storageError = message) });
	const parser = new ParseClient(() => {
		throw new Error('no workers in Node');
	}, 1);
	const workbench = new Workbench({ store, parser, examples: EXAMPLE_FILES, notices });
	await workbench.restore();
	await workbench.openExamples();
	workbench.current.edit(0, 'Neue Überschrift');
	return workbench;
}

/** A store whose every write fails as a full disk does. */
function fullDisk(kv: KeyValueStore): KeyValueStore {
	const fail = () => Promise.reject(new DOMException('disk full', 'QuotaExceededError'));
	return { ...kv, setMany: fail, transact: fail, delMany: fail, clear: fail };
}

describe('Workbench.flush', () => {
	it('writes the queued edit at once, without waiting for the save delay, and says so', async () => {
		const kv = createMemoryStore();
		const workbench = await editedWorkbench(kv);
		await expect(workbench.flush()).resolves.toBe(true);
		const stored = await kv.get('edits:examples/sync-settings.de-DE.md');
		expect(JSON.stringify(stored)).toContain('Neue Überschrift');
	});

	it('resolves to false when the edits could not be stored', async () => {
		const workbench = await editedWorkbench(fullDisk(createMemoryStore()));
		await expect(workbench.flush()).resolves.toBe(false);
		expect(workbench.workspace.edits.size).toBe(1);
	});
});
