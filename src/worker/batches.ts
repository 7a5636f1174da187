/** A file waiting to be parsed: its relative path and its contents, unread or restored. */
export interface FileToParse {
	readonly path: string;
	/** A chosen file (read in the worker) or bytes restored from storage. */
	readonly contents: Blob | Uint8Array;
}

/**
 * Files per batch. Batches are cut by count, not size: reading `File.size` of a chosen file is a
 * synchronous disk check on the main thread. Replies carry summaries and transferred buffers, so
 * a batch's size costs the main thread almost nothing; 32 files make ~100 messages for 3,000.
 */
const BATCH_FILES = 32;

/** Splits files into batches of BATCH_FILES, in order. */
export function splitIntoBatches(files: readonly FileToParse[]): FileToParse[][] {
	const batches: FileToParse[][] = [];
	for (let start = 0; start < files.length; start += BATCH_FILES) {
		batches.push(files.slice(start, start + BATCH_FILES));
	}
	return batches;
}
