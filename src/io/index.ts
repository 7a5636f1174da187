/**
 * The door into io/: browser file reading, downloads, zipping, and the yield between tasks.
 * No Svelte, no storage.
 */
export type { PickedFile } from './picked-file.ts';
export { filesFromInput } from './read-input.ts';
export { readDroppedFiles } from './read-drop.ts';
export { baseName, downloadBytes } from './download.ts';
export { zipFiles, type ZipEntry } from './zip.ts';
export { readFileBytes, unzipEntries, type UnzipResult } from './read-backup.ts';
export { pickFile, pickFiles } from './pick-file.ts';
export {
	registerServiceWorker,
	type ServiceWorkerControl,
	type ServiceWorkerEvents
} from './service-worker.ts';
export { nextTask } from './next-task.ts';
