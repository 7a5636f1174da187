import {
	fail,
	checkFileEdits,
	checkManifest,
	isRecord,
	type Checked
} from './check-backup-json.ts';
import { sha256Hex } from './sha256.ts';
import {
	EDITS_ENTRY,
	FILES_FOLDER,
	MANIFEST_ENTRY,
	type BackupFile,
	type DecodeBackupResult
} from './backup-model.ts';

/**
 * Reads the entries of a backup zip (path → bytes) into a workspace, or says in one sentence
 * what is wrong. All or nothing: every file's length and SHA-256 and every edit are checked
 * before a workspace is returned, so a damaged backup is refused whole, never half-imported.
 */
export function decodeWorkspaceBackup(
	entries: ReadonlyMap<string, Uint8Array>
): DecodeBackupResult {
	const manifestBytes = entries.get(MANIFEST_ENTRY);
	if (manifestBytes === undefined)
		return fail('It has no manifest.json, so it is not a locdiff workspace backup.');
	const manifestJson = parseJson(MANIFEST_ENTRY, manifestBytes);
	if (!manifestJson.ok) return manifestJson;
	const manifest = checkManifest(manifestJson.value);
	if (!manifest.ok) return manifest;
	const editsBytes = entries.get(EDITS_ENTRY);
	if (editsBytes === undefined) return fail('It has no edits.json: the backup is incomplete.');
	const editsJson = parseJson(EDITS_ENTRY, editsBytes);
	if (!editsJson.ok) return editsJson;
	if (!isRecord(editsJson.value)) return fail('Its edits.json is damaged.');
	const paths = new Set(manifest.value.files.map((file) => file.path));
	for (const path of Object.keys(editsJson.value)) {
		if (!paths.has(path))
			return fail(`Its edits.json has edits for ${path}, which is not among the backup's files.`);
	}
	const files: BackupFile[] = [];
	for (const expected of manifest.value.files) {
		const bytes = entries.get(FILES_FOLDER + expected.path);
		if (bytes === undefined) return fail(`${expected.path} is missing from the backup.`);
		if (bytes.byteLength !== expected.byteLength || sha256Hex(bytes) !== expected.sha256)
			return fail(
				`${expected.path} in the backup does not match its checksum (${bytes.byteLength} of ${expected.byteLength} bytes): the backup is damaged.`
			);
		const stored = Object.hasOwn(editsJson.value, expected.path)
			? checkFileEdits(expected.path, editsJson.value[expected.path])
			: {
					ok: true as const,
					value: {
						cursor: { index: 0, column: 1 },
						edits: new Map(),
						confirmed: new Set<string>(),
						dismissed: new Set<string>(),
						drafts: new Map<string, string>()
					}
				};
		if (!stored.ok) return stored;
		files.push({ path: expected.path, bytes, ...stored.value });
	}
	return {
		ok: true,
		backup: {
			files,
			currentPath: manifest.value.currentFile,
			settings: manifest.value.settings
		}
	};
}

function parseJson(name: string, bytes: Uint8Array): Checked<unknown> {
	try {
		const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		return { ok: true, value: JSON.parse(text) as unknown };
	} catch (error: unknown) {
		const reason = error instanceof Error ? error.message : String(error);
		return fail(`Its ${name} is damaged (${reason}).`);
	}
}
