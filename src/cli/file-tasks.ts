import { checkTask } from './check-task.ts';
import { cleanTask } from './clean-task.ts';
import type { FileTask } from './file-task.ts';
import { roundtripTask } from './roundtrip-task.ts';
import { segmentsTask } from './segments-task.ts';

/**
 * Every task a worker thread can run, found by name. A task not listed here still works: the
 * pipeline then runs it in the main thread. Append new tasks at the end.
 */
// Options are contravariant; `never` lets every task's options fit one list.
export const FILE_TASKS: readonly FileTask<never, unknown>[] = [
	roundtripTask,
	segmentsTask,
	cleanTask,
	checkTask
];
