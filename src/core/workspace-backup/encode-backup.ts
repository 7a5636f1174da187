import { sha256Hex } from './sha256.ts';
import {
	BACKUP_FORMAT,
	BACKUP_VERSION,
	EDITS_ENTRY,
	FILES_FOLDER,
	MANIFEST_ENTRY,
	type BackupEditsJson,
	type BackupEntry,
	type BackupManifest,
	type WorkspaceBackup
} from './backup-model.ts';

/**
 * The entries of a backup zip (see backup-model.ts), manifest first. `createdAt` is passed in
 * (an ISO date) so the result depends on its arguments only. JSON is indented: people read it.
 */
export function encodeWorkspaceBackup(backup: WorkspaceBackup, createdAt: string): BackupEntry[] {
	const manifest: BackupManifest = {
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		createdAt,
		currentFile: backup.currentPath,
		settings: { compare: backup.settings.compare },
		files: backup.files.map((file) => ({
			path: file.path,
			byteLength: file.bytes.byteLength,
			sha256: sha256Hex(file.bytes)
		}))
	};
	// fromEntries, not assignment: a path or segment id `__proto__` stays a plain key.
	const edits: BackupEditsJson = Object.fromEntries(
		backup.files.map((file) => [
			file.path,
			{
				cursor: { index: file.cursor.index, column: file.cursor.column },
				edits: Object.fromEntries(file.edits),
				confirmed: [...file.confirmed],
				dismissed: [...file.dismissed],
				drafts: Object.fromEntries(file.drafts)
			}
		])
	);
	return [
		jsonEntry(MANIFEST_ENTRY, manifest),
		jsonEntry(EDITS_ENTRY, edits),
		...backup.files.map((file) => ({ path: FILES_FOLDER + file.path, bytes: file.bytes }))
	];
}

function jsonEntry(path: string, value: unknown): BackupEntry {
	// JSON.stringify escapes lone surrogates (kept invalid bytes), so they survive the round trip.
	return { path, bytes: new TextEncoder().encode(`${JSON.stringify(value, null, '\t')}\n`) };
}
