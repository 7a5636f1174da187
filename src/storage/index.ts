/** The door into storage/: the workspace adapter and the stores it can run on. */
export { WorkspaceStore, SAVE_DELAY_MS, type WorkspaceStoreEvents } from './workspace-store.ts';
export { createIdbStore, createMemoryStore, type KeyValueStore } from './key-value.ts';
export type { StoredFile, WorkspaceSnapshot, ReadResult } from './migrations.ts';
export { flushWhenHidden } from './lifecycle.ts';
export { watchOtherTabs, type TabSync } from './tab-sync.ts';
