/** Worker-thread side of the pipeline: runs batches of a named FILE_TASKS task and posts the results. */
import { parentPort } from 'node:worker_threads';
import { runBatch } from './file-pipeline.ts';
import { FILE_TASKS } from './file-tasks.ts';
import type { BatchRequest, BatchResponse } from './worker-pool.ts';

/** Serves batches until the main thread terminates this worker. */
export function serveFileTasks(): void {
	const port = parentPort;
	if (!port) throw new Error('serveFileTasks runs in a worker thread only');
	port.on('message', (request: BatchRequest) => {
		const task = FILE_TASKS.find((t) => t.name === request.task);
		if (!task) throw new Error(`no file task named ${request.task}`);
		void runBatch(task, request.options as never, request.paths).then((results) => {
			const response: BatchResponse = { id: request.id, results };
			port.postMessage(response);
		});
	});
}
