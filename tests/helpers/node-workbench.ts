/**
 * A Workbench as the state tests use it: an in-memory store that writes at once, and no Worker
 * (Node has none, so the parse client works on this thread). One place for that set-up, so the
 * tests of each use case start from the same workbench.
 */
import { EXAMPLE_FILES } from '../../src/examples/index.ts';
import { createMemoryStore, WorkspaceStore, type KeyValueStore } from '../../src/storage/index.ts';
import { Workbench, type WorkbenchDependencies } from '../../src/state/workbench.svelte.ts';
import { ParseClient } from '../../src/worker/client.ts';

/** A workbench on `kv` (a fresh memory store by default), not restored yet. */
export function makeNodeWorkbench(
	kv: KeyValueStore = createMemoryStore(),
	more: Partial<WorkbenchDependencies> = {}
): { kv: KeyValueStore; store: WorkspaceStore; workbench: Workbench } {
	const store = new WorkspaceStore(kv, { onError: () => undefined }, 0);
	const parser = new ParseClient(() => {
		throw new Error('no workers in Node');
	}, 1);
	return {
		kv,
		store,
		workbench: new Workbench({ store, parser, examples: EXAMPLE_FILES, ...more })
	};
}

/** A restored workbench with the three built-in examples open. */
export async function openedExamples(kv: KeyValueStore = createMemoryStore()) {
	const made = makeNodeWorkbench(kv);
	await made.workbench.restore();
	await made.workbench.openExamples();
	return made;
}
