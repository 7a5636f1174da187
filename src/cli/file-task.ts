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
