/**
 * The shared many-file pipeline: streams paths, reads with bounded concurrency, runs a FileTask on
 * each file (in this thread, joined by `--jobs` - 1 worker threads for large runs) and hands the
 * results to the command in the order of the paths. Memory is bounded by the files in flight, not
 * by the tree: a 100,000-file run holds a few hundred files at most.
 */
import type { FileResult, FileTask } from './file-task.ts';
import { FILE_TASKS } from './file-tasks.ts';
import { mapOrdered } from './ordered-window.ts';
import type { Output } from './output.ts';
import { startProgress } from './progress.ts';
import { readBytes } from './read-files.ts';
import { settingsOf } from './settings.ts';
import { WorkerPool } from './worker-pool.ts';

/** Files read at once in one thread: enough to keep the disk queue full while the CPU parses. */
export const READS_IN_FLIGHT = 16;
/** Runs of fewer files stay in the main thread: starting workers would cost more than they save. */
export const WORKER_MIN_FILES = 1000;
// Paths per message to a worker, and batches queued per worker: message cost vs. balance.
const BATCH_SIZE = 32;
const BATCHES_PER_WORKER = 4;

/** Reads one file and runs `task` on it; a read error becomes that file's result. */
export async function runTaskOnFile<O, R>(
	task: FileTask<O, R>,
	path: string,
	options: O
): Promise<FileResult<R>> {
	const bytes = await readBytes(path);
	if (typeof bytes === 'string') return { path, ok: false, reason: bytes };
	return { path, ...task.run(path, bytes, options) };
}

/** Runs `task` over one batch of paths in this thread (reads overlapping), results in path order. */
export async function runBatch<O, R>(
	task: FileTask<O, R>,
	options: O,
	paths: readonly string[]
): Promise<FileResult<R>[]> {
	const results: FileResult<R>[] = [];
	const work = (path: string) => runTaskOnFile(task, path, options);
	await mapOrdered(paths, READS_IN_FLIGHT, work, (result) => void results.push(result));
	return results;
}

/**
 * Runs `task` over `paths`, calling `emit` once per path in the given order (awaited when it
 * returns a promise, e.g. to write the result). Progress shows on a terminal as `label: N files…`.
 */
export async function runFileTask<O, R>(
	output: Output,
	label: string,
	task: FileTask<O, R>,
	options: O,
	paths: AsyncIterable<string> | Iterable<string>,
	emit: (result: FileResult<R>) => void | Promise<void>
): Promise<void> {
	const progress = startProgress(output, label);
	let done = 0;
	const count = (result: FileResult<R>) => {
		progress.update(++done);
		return emit(result);
	};
	const { jobs, workerScript } = settingsOf(output);
	const head: string[] = [];
	const iterator = iteratorOf(paths);
	let next = await iterator.next();
	for (; !next.done && head.length < WORKER_MIN_FILES; next = await iterator.next())
		head.push(next.value);
	const all = concat(head, next.done ? null : next.value, iterator);
	const canUseWorkers =
		jobs > 1 && workerScript !== null && FILE_TASKS.some((t) => t === (task as unknown));
	try {
		if (!canUseWorkers || next.done) {
			await mapOrdered(all, READS_IN_FLIGHT, (path) => runTaskOnFile(task, path, options), count);
			return;
		}
		// `--jobs N` counts the threads that work: N - 1 workers, and this thread takes batches too
		// whenever it is no busier than the least busy worker.
		const pool = new WorkerPool(workerScript, jobs - 1);
		let here = 0;
		const run = async (batch: string[]): Promise<readonly FileResult<R>[]> => {
			if (here > pool.fewestPending())
				return pool.run(task.name, options, batch) as Promise<readonly FileResult<R>[]>;
			here++;
			try {
				return await runBatch(task, options, batch);
			} finally {
				here--;
			}
		};
		try {
			await mapOrdered(batches(all), jobs * BATCHES_PER_WORKER, run, async (results) => {
				for (const result of results) await count(result);
			});
		} finally {
			await pool.close();
		}
	} finally {
		progress.end();
	}
}

function iteratorOf(
	paths: AsyncIterable<string> | Iterable<string>
): AsyncIterator<string> | Iterator<string> {
	return Symbol.asyncIterator in paths ? paths[Symbol.asyncIterator]() : paths[Symbol.iterator]();
}

async function* concat(
	head: readonly string[],
	current: string | null,
	rest: AsyncIterator<string> | Iterator<string>
): AsyncGenerator<string> {
	yield* head;
	if (current === null) return;
	yield current;
	for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

async function* batches(paths: AsyncIterable<string>): AsyncGenerator<string[]> {
	let batch: string[] = [];
	for await (const path of paths) {
		batch.push(path);
		if (batch.length === BATCH_SIZE) {
			yield batch;
			batch = [];
		}
	}
	if (batch.length > 0) yield batch;
}
