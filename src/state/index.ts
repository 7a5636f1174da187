/** The door into state/: what the UI may use. */
export { createWorkbench } from './create-workbench.ts';
export { getWorkbench, setWorkbench } from './context.ts';
export { createAppUpdate } from './create-app-update.ts';
export type { AppUpdate } from './app-update.svelte.ts';
export type { Workbench } from './workbench.svelte.ts';
export type { FileEntry } from './file-entry.ts';
export type { SegmentRow, SegmentStatus, CompareTarget } from './current-file.svelte.ts';
export type { Notice } from './notices.svelte.ts';
export type { Cursor } from './cursor-memory.ts';
export type { ConflictView } from './conflict-view.ts';
