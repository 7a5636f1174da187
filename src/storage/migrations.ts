/**
 * Reads stored records into a workspace snapshot, checking the schema version first. An unknown
 * (newer) version is refused, never overwritten: a newer locdiff in another tab wrote it.
 */
import { EDITS_PREFIX, FILE_PREFIX, META_KEY, SCHEMA_VERSION } from './db.ts';
import type { EditsRecord, FileRecord, MetaRecord } from './db.ts';

export interface StoredFile {
	readonly id: string;
	readonly path: string;
	readonly bytes: Uint8Array;
	readonly edits: ReadonlyMap<string, string>;
	readonly cursor: { readonly index: number; readonly column: number };
}

export interface WorkspaceSnapshot {
	readonly files: readonly StoredFile[];
	readonly currentFileId: string | null;
}

export type ReadResult =
	| { readonly ok: true; readonly snapshot: WorkspaceSnapshot }
	| { readonly ok: false; readonly message: string };

export function readSnapshot(records: readonly [string, unknown][]): ReadResult {
	const byKey = new Map(records);
	const meta = byKey.get(META_KEY) as MetaRecord | undefined;
	if (meta === undefined) return { ok: true, snapshot: { files: [], currentFileId: null } };
	if (meta.schemaVersion !== SCHEMA_VERSION) {
		return {
			ok: false,
			message: `The saved workspace has format ${meta.schemaVersion}, which this version of locdiff cannot read. It was left untouched; changes here will not be saved.`
		};
	}
	const files: StoredFile[] = [];
	for (const id of meta.fileIds) {
		const file = byKey.get(FILE_PREFIX + id) as FileRecord | undefined;
		if (file === undefined) continue; // bytes never reached the disk: nothing to restore
		const stored = byKey.get(EDITS_PREFIX + id) as EditsRecord | undefined;
		files.push({
			id,
			path: file.path,
			bytes: file.bytes,
			edits: new Map(stored?.edits ?? []),
			cursor: stored?.cursor ?? { index: 0, column: 1 }
		});
	}
	return { ok: true, snapshot: { files, currentFileId: meta.currentFileId } };
}
