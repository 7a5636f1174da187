/** The door into state/: what the UI may use. */
export { createWorkbench } from './create-workbench.ts';
export { createAppUpdate } from './create-app-update.ts';
export type { AppUpdate } from './app-update.svelte.ts';
export type { Workbench } from './workbench.svelte.ts';
export type { FileEntry } from './file-entry.ts';
export type { SegmentStatus } from './current-file.svelte.ts';
export type { ReopenChoice } from './reopen.svelte.ts';
export type { Notice } from './notices.svelte.ts';
export type { ConflictView } from './conflict-view.ts';
export type { CompareOption } from './compare-options.ts';
export type { ConflictGroup, PendingMerge } from './merge-session.svelte.ts';
export type { FileProblemsView, ProblemScope, ProblemView } from './problems.svelte.ts';
export { filterFiles, sortFilesByPath } from './file-order.ts';
export { hasNoSegments, isFailedFile } from './file-status.ts';
export type { ReplaceInFiles } from './replace-in-files.svelte.ts';
