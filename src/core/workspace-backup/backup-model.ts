/**
 * A workspace backup: what **Export workspace** writes and **Import workspace** reads. It is a
 * zip (packed by io/, which owns fflate) of plain files a person can open and check:
 *
 * - `manifest.json`: format name and version, when it was made, the current file, the settings,
 *   and per opened file its relative path, length and SHA-256;
 * - `edits.json`: per file path, the cursor, the edited translations by segment id, the
 *   confirmed segments, the dismissed QA problems and the drafts;
 * - `files/<path>`: each file's original bytes, exactly as opened (edits live beside them, as in
 *   the workspace, so an import restores the same originals, not an export with edits applied).
 */

import type { CompareTarget, Cursor, Edits } from '../model/workspace.ts';

export const BACKUP_FORMAT = 'locdiff-workspace-backup';
/**
 * Bump when the layout changes; decodeWorkspaceBackup reads this version and older ones.
 * 1 (issue 5): files, edits, cursors, settings. 2 (issue 10): `confirmed` per file in edits.json.
 * 3: `dismissed` per file in edits.json (the dismissal keys of the QA problems set aside).
 * 4: `drafts` per file in edits.json (typed texts the core refused, by segment id).
 */
export const BACKUP_VERSION = 4;
export const MANIFEST_ENTRY = 'manifest.json';
export const EDITS_ENTRY = 'edits.json';
export const FILES_FOLDER = 'files/';

/** Kept as its own name in the backup's vocabulary; the type is the workspace's. */
export type BackupCompare = CompareTarget;

export interface BackupSettings {
	readonly compare: BackupCompare;
}

export type BackupCursor = Cursor;

export interface BackupFile {
	/** The relative path, which is also the file's id in the workspace. */
	readonly path: string;
	readonly bytes: Uint8Array;
	/** Edited translations by segment id. */
	readonly edits: Edits;
	/** Segments the translator confirmed (format 2; empty when read from format 1). */
	readonly confirmed: ReadonlySet<string>;
	/** Dismissal keys of the QA problems the translator dismissed (format 3; empty before). */
	readonly dismissed: ReadonlySet<string>;
	/** Drafts: typed texts not valid as edits yet, by segment id (format 4; empty before). */
	readonly drafts: ReadonlyMap<string, string>;
	readonly cursor: BackupCursor;
}

export interface WorkspaceBackup {
	/** In workspace order. */
	readonly files: readonly BackupFile[];
	readonly currentPath: string | null;
	readonly settings: BackupSettings;
}

/** One file inside the zip. */
export interface BackupEntry {
	readonly path: string;
	readonly bytes: Uint8Array;
}

export interface ManifestFile {
	readonly path: string;
	readonly byteLength: number;
	readonly sha256: string;
}

export interface BackupManifest {
	readonly format: typeof BACKUP_FORMAT;
	readonly version: number;
	readonly createdAt: string;
	readonly currentFile: string | null;
	readonly settings: BackupSettings;
	readonly files: readonly ManifestFile[];
}

/** `edits.json`: file path → cursor and edits (segment id → text). */
export type BackupEditsJson = Record<
	string,
	{
		readonly cursor: BackupCursor;
		readonly edits: Record<string, string>;
		readonly confirmed?: readonly string[];
		readonly dismissed?: readonly string[];
		readonly drafts?: Record<string, string>;
	}
>;

export type DecodeBackupResult =
	| { readonly ok: true; readonly backup: WorkspaceBackup }
	| { readonly ok: false; readonly message: string };
