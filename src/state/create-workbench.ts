/** Wires the real dependencies: IndexedDB storage, the worker pool and the built-in examples. */
import { EXAMPLE_FILES } from '../examples/index.ts';
import {
	createIdbStore,
	createMemoryStore,
	flushWhenHidden,
	watchOtherTabs,
	WorkspaceStore
} from '../storage/index.ts';
import { createParseClient } from '../worker/client.ts';
import { QaClient } from '../worker/qa-client.ts';
import { Notices } from './notices.svelte.ts';
import { Workbench } from './workbench.svelte.ts';

export function createWorkbench(): Workbench {
	const notices = new Notices();
	const hasIndexedDb = typeof indexedDB !== 'undefined';
	const tabs = watchOtherTabs(() => {
		store.block();
		notices.storageError =
			'locdiff saved work in another tab, so this tab stopped saving. Reload this tab to continue with the newest work; export first if you need edits made here since.';
	});
	const store = new WorkspaceStore(hasIndexedDb ? createIdbStore() : createMemoryStore(), {
		onError: (message) => (notices.storageError = message),
		onWritten: () => tabs.announceWrite()
	});
	if (!hasIndexedDb) {
		notices.storageError = 'This browser offers no IndexedDB: edits are kept in this tab only.';
	}
	return new Workbench({
		store,
		parser: createParseClient(),
		tokenChecker: new QaClient(),
		examples: EXAMPLE_FILES,
		notices,
		watchPageHidden: flushWhenHidden
	});
}
