import { parseLoaded, type LoadedFile } from './read-files.ts';

/**
 * A per-file job of a many-file command (roundtrip, check…): a pure function of one file's bytes,
 * so the pipeline can run it in this thread or in a worker thread. Its options and result cross
 * the thread boundary, so both are plain data (structured-clonable: no functions, no classes).
 */
export interface FileTask<Options, Result> {
	/** Unique among FILE_TASKS: how a worker thread finds the task. */
	readonly name: string;
	/** Works on one file; a file it cannot use is `{ ok: false, reason }`, never an exception. */
	run(path: string, bytes: Uint8Array, options: Options): TaskResult<Result>;
}

export type TaskResult<Result> =
	{ readonly ok: true; readonly value: Result } | { readonly ok: false; readonly reason: string };

/** One file's outcome, as the pipeline hands it to the command (in the order of the paths). */
export type FileResult<Result> = { readonly path: string } & TaskResult<Result>;

/**
 * A FileTask that works on each file's parsed document: a file that cannot be decoded, or is not
 * valid UTF-8 (`parseLoaded`'s rules), is `{ ok: false, reason }` without reaching `work`.
 */
export function parsedFileTask<Options, Result>(
	name: string,
	work: (loaded: ParsedFile, options: Options) => Result
): FileTask<Options, Result> {
	return {
		name,
		run(path, bytes, options) {
			const loaded = parseLoaded(path, bytes);
			return loaded.ok ? { ok: true, value: work(loaded, options) } : loaded;
		}
	};
}

/** A file read and parsed. */
export type ParsedFile = Extract<LoadedFile, { ok: true }>;
