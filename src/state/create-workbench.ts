/** Wires the real dependencies: IndexedDB storage, the worker pool and the built-in examples. */
import { EXAMPLE_FILES } from '../examples/index.ts';
import {
	browserFirstVisit,
	browserStorageManager,
	createIdbMemoryStore,
	createIdbStore,
	createMemoryStore,
	flushWhenHidden,
	watchOtherTabs,
	WorkspaceStore
} from '../storage/index.ts';
import {
	createInteropClient,
	createParseClient,
	createQaClient,
	createReviewClient
} from '../worker/index.ts';
import { Notices } from './notices.svelte.ts';
import { StorageUsage } from './storage-usage.svelte.ts';
import { Workbench } from './workbench.svelte.ts';

export function createWorkbench(): Workbench {
	const notices = new Notices();
	const hasIndexedDb = typeof indexedDB !== 'undefined';
	// Other tabs on this workspace: what this tab stores is announced, theirs is merged here.
	const tabs = watchOtherTabs();
	// Usage is re-estimated (throttled) after every write and every failed one.
	const storageUsage = new StorageUsage(browserStorageManager());
	const store = new WorkspaceStore(hasIndexedDb ? createIdbStore() : createMemoryStore(), {
		onError: (message, canRetry) => {
			notices.storageError = message;
			notices.canRetryStorage = canRetry;
			storageUsage.refresh();
		},
		onWritten: (change) => {
			tabs.announce(change);
			storageUsage.refresh();
		}
	});
	if (!hasIndexedDb) {
		notices.storageError = 'This browser offers no IndexedDB: edits are kept in this tab only.';
	}
	const qaClient = createQaClient();
	return new Workbench({
		store,
		parser: createParseClient(),
		tokenChecker: qaClient,
		reviewer: qaClient,
		reviewIndex: createReviewClient(),
		examples: EXAMPLE_FILES,
		notices,
		watchPageHidden: flushWhenHidden,
		tabs,
		storageUsage,
		interop: createInteropClient(),
		...(hasIndexedDb ? { memoryStore: createIdbMemoryStore() } : {}),
		firstVisit: browserFirstVisit()
	});
}
