/** The door into storage/: the workspace adapter and the stores it can run on. */
export { SAVE_DELAY_MS, MAX_SAVE_DELAY_MS } from './save-timer.ts';
export {
	WorkspaceStore,
	type WorkspaceStoreEvents,
	type StoredChange,
	type SyncListener
} from './workspace-store.ts';
export { createIdbStore, createMemoryStore, type KeyValueStore } from './key-value.ts';
export type { StoredFile, WorkspaceSnapshot } from './migrations.ts';
export type { LoadResult } from './read-workspace.ts';
export type { SegmentConflict, SegmentText, Reconciled } from '../core/index.ts';
export type { ReconciledFile } from './segment-states.ts';
export { flushWhenHidden } from './lifecycle.ts';
export { browserFirstVisit, NEVER_FIRST_VISIT, type FirstVisit } from './first-visit.ts';
export { watchOtherTabs, type TabSync, type TabMessage } from './tab-sync.ts';
export { describeOtherTabWrite, type OtherTabChange } from './other-tabs.ts';
export { EDITS_PREFIX, FILE_PREFIX, META_KEY, SCHEMA_VERSION } from './db.ts';
export type { SettingsRecord } from './db.ts';
export {
	browserStorageManager,
	estimateStorage,
	requestPersistence,
	type StorageEstimateView,
	type StorageManagerLike
} from './storage-estimate.ts';
export {
	createIdbMemoryStore,
	MEMORY_DATABASE_NAME,
	MemoryStore,
	type MemoryInfo
} from './memory-store.ts';
