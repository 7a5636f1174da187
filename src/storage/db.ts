/**
 * Names and versions of what locdiff keeps in IndexedDB. One database with one object store:
 * idb-keyval's `createStore` cannot add a second store to an existing database, so anything new
 * gets its own database name rather than a store in this one.
 */
import type { CompareTarget } from '../core/index.ts';

export const DATABASE_NAME = 'locdiff-workspace';
export const STORE_NAME = 'records';

/**
 * Bump when a record shape changes, and add a step to migrations.ts.
 * 1 (issue 4): `meta`, `file:<id>`, `edits:<id>`.
 * 2 (issue 5): adds `settings` (the compare mode), so a workspace and its backup restore it.
 *   Issue 9 adds the optional `merges` record at the same version: absent means no merge is
 *   waiting, so every schema-2 workspace reads as it did, and a build without it ignores it.
 */
export const SCHEMA_VERSION = 2;

/** Record keys. Bytes and edits are separate records: an edit rewrites only its small record. */
export const META_KEY = 'meta';
export const FILE_PREFIX = 'file:';
export const EDITS_PREFIX = 'edits:';
export const SETTINGS_KEY = 'settings';
export const MERGES_KEY = 'merges';

/** `meta`: the schema version and the workspace order. */
export interface MetaRecord {
	readonly schemaVersion: number;
	/** File ids in list order. */
	readonly fileIds: readonly string[];
	readonly currentFileId: string | null;
}

/**
 * `file:<id>`: a file's relative path and its original bytes, written once when opened. Bytes,
 * not a Blob: creating 3,000 Blobs cost ~0.3 ms each on the main thread, while `put` clones a
 * Uint8Array at memory speed (written in chunks, see workspace-store.ts).
 */
export interface FileRecord {
	readonly path: string;
	readonly bytes: Uint8Array;
	/** The length written, so truncated bytes are noticed on load (absent in older records). */
	readonly byteLength?: number;
}

/** `edits:<id>`: a file's edited translations by segment id, and where its cursor was. */
export interface EditsRecord {
	readonly edits: readonly (readonly [string, string])[];
	readonly cursor: { readonly index: number; readonly column: number };
}

/** `settings` (schema 2): the translator's view choices, shared by every file. */
export interface SettingsRecord {
	/** What the translation is compared with: the source, the original or another open file. */
	readonly compare: CompareTarget;
}

export const DEFAULT_SETTINGS: SettingsRecord = { compare: 'source' };

/** How a settled conflict is stored: as the core's `Resolution`. */
export type StoredResolution = 'mine' | 'theirs' | { readonly text: string };

/**
 * `merges`: the merges waiting in the Merge summary, in queue order, each with the incoming
 * file's bytes (theirs) and the conflicts settled so far (see `MergeInProgress`). One record,
 * rewritten whole when a conflict is settled: a queue is short-lived and rarely long.
 */
export interface MergesRecord {
	readonly queue: readonly {
		readonly id: string;
		readonly fileId: string;
		readonly path: string;
		readonly bytes: Uint8Array;
		readonly byteLength: number;
		readonly resolutions: readonly (readonly [string, StoredResolution])[];
	}[];
}
