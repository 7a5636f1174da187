/**
 * The messages between the main thread and the parse worker. One request carries a batch of
 * files (never one message per file: thousands of files would flood both event loops). Files go
 * to the worker as Blob handles and the worker reads them: for files from a chooser, Chromium
 * answers `File.size` and starts `arrayBuffer()` with a synchronous disk check, which cost ~0.4 ms
 * per file on the main thread (over a second for 3,000 files). The bytes come back as
 * transferred ArrayBuffers, so nothing is copied. Even posting a chosen File costs such a check
 * (~0.3 ms), so the client posts one batch per task to keep every task short.
 *
 * The worker answers with a summary per file, not the parsed document: the file list needs only
 * counts and diagnostics, and the one file on screen is re-parsed on demand from the kept bytes.
 * Cloning 3,000 parsed documents (tens of MB of strings) back would cost more main-thread time
 * than re-parsing the few files a translator actually looks at.
 */
import type { FileSummary } from '../core/index.ts';

/** Bumped whenever a message shape changes, so a stale cached worker is detected, not misread. */
export const PROTOCOL_VERSION = 1;

export interface FileContents {
	/** Relative path of the file, e.g. `docs/de-de/setup.md`. */
	readonly path: string;
	/** A chosen file's Blob (read in the worker), or restored bytes (transferred). */
	readonly contents: Blob | ArrayBuffer;
}

export interface ParseBatchRequest {
	readonly type: 'parse-batch';
	readonly version: number;
	readonly requestId: number;
	readonly files: readonly FileContents[];
}

export type { FileSummary };

export interface ParsedFile {
	readonly path: string;
	readonly buffer: ArrayBuffer;
	readonly summary: FileSummary;
}

export type ParseWorkerReply =
	| {
			readonly type: 'parsed-batch';
			readonly version: number;
			readonly requestId: number;
			readonly files: readonly ParsedFile[];
	  }
	| {
			readonly type: 'batch-failed';
			readonly version: number;
			readonly requestId: number;
			readonly message: string;
	  };
