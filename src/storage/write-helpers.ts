/** Helpers for WorkspaceStore's writes: transaction chunks, error wording, the schema guard. */
import { SCHEMA_VERSION, type FileRecord } from './db.ts';
import { checkMeta } from './record-check.ts';

/**
 * Bytes per write transaction. `put` clones its value on the main thread, so 30 MB of opened
 * files in one transaction is one long task; 2 MB chunks keep each under ~10 ms.
 */
const CHUNK_BYTES = 2 * 1024 * 1024;

/** Thrown inside a write transaction when a newer locdiff has written the workspace. */
export class NewerSchemaError extends Error {
	static throwIfNewer(meta: unknown): void {
		const checked = checkMeta(meta);
		if (checked.ok && checked.value.schemaVersion > SCHEMA_VERSION)
			throw new NewerSchemaError(
				'A newer version of locdiff is using the saved workspace (in another tab), so this tab stopped saving. Reload it to continue; export first if you need edits made here.'
			);
	}
}

/** Splits records into transactions of about CHUNK_BYTES. */
export function chunkPairs(pairs: readonly [string, unknown][]): [string, unknown][][] {
	const chunks: [string, unknown][][] = [];
	let current: [string, unknown][] = [];
	let bytes = 0;
	for (const pair of pairs) {
		const value = pair[1] as Partial<FileRecord>;
		bytes += value.bytes instanceof Uint8Array ? value.bytes.byteLength : 256;
		current.push(pair);
		if (bytes >= CHUNK_BYTES) {
			chunks.push(current);
			current = [];
			bytes = 0;
		}
	}
	if (current.length > 0) chunks.push(current);
	return chunks;
}

export function describe(error: unknown): string {
	return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

export function describeWriteError(error: unknown): string {
	if (error instanceof DOMException && error.name === 'QuotaExceededError') {
		return "The browser's storage for locdiff is full (no room left to save): your latest edits are kept in this tab only. Export your files or the workspace now.";
	}
	return `Your latest changes could not be saved (${describe(error)}): they are kept in this tab only, and locdiff retries on the next change. Export your files or the workspace to be safe.`;
}
