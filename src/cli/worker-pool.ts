/**
 * A fixed set of worker threads, each running the compiled CLI in worker mode (`file-worker.ts`).
 * A batch goes to the least busy worker; its promise settles with that batch's results.
 */
import { Worker } from 'node:worker_threads';
import type { FileResult } from './file-task.ts';

/** What the main thread sends a worker: one batch of paths for one task. */
export interface BatchRequest {
	readonly id: number;
	readonly task: string;
	readonly options: unknown;
	readonly paths: readonly string[];
}

/** A worker's answer to one batch, results in the order of its paths. */
export interface BatchResponse {
	readonly id: number;
	readonly results: readonly FileResult<unknown>[];
}

/** The `workerData` that tells the compiled CLI to start as a file worker. */
export const FILE_WORKER_MARK = 'locdiff-file-worker';

interface Pending {
	resolve(results: readonly FileResult<unknown>[]): void;
	reject(error: Error): void;
}

export class WorkerPool {
	readonly #workers: { worker: Worker; pending: Map<number, Pending> }[];
	#nextId = 0;

	constructor(script: URL, size: number) {
		this.#workers = Array.from({ length: size }, () => {
			const slot = {
				worker: new Worker(script, { workerData: FILE_WORKER_MARK }),
				pending: new Map<number, Pending>()
			};
			slot.worker.on('message', (response: BatchResponse) => {
				slot.pending.get(response.id)?.resolve(response.results);
				slot.pending.delete(response.id);
			});
			const fail = (error: Error) => {
				for (const pending of slot.pending.values()) pending.reject(error);
				slot.pending.clear();
			};
			slot.worker.on('error', fail);
			slot.worker.on('exit', (code) =>
				fail(new Error(`a worker thread stopped (exit code ${code})`))
			);
			return slot;
		});
	}

	/** Batches queued in the least busy worker. */
	fewestPending(): number {
		return Math.min(...this.#workers.map((slot) => slot.pending.size));
	}

	/** Runs `task` over `paths` in the least busy worker. */
	run(
		task: string,
		options: unknown,
		paths: readonly string[]
	): Promise<readonly FileResult<unknown>[]> {
		const slot = this.#workers.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
		const id = this.#nextId++;
		return new Promise((resolve, reject) => {
			slot.pending.set(id, { resolve, reject });
			const request: BatchRequest = { id, task, options, paths };
			slot.worker.postMessage(request);
		});
	}

	/** Stops every worker; call it once all batches have settled. */
	async close(): Promise<void> {
		await Promise.all(this.#workers.map((slot) => slot.worker.terminate()));
	}
}
