/**
 * Shape checks for the two JSON entries of a backup. A backup comes from outside (a download
 * folder, a mail attachment), so every field is checked before anything is trusted. Each check
 * returns the value or a sentence saying what is wrong.
 */
import { isCompareTarget } from '../model/workspace.ts';
import {
	BACKUP_FORMAT,
	BACKUP_VERSION,
	type BackupCursor,
	type BackupManifest,
	type BackupSettings,
	type ManifestFile
} from './backup-model.ts';

export type Checked<T> =
	{ readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

const NOT_A_BACKUP = 'It is not a locdiff workspace backup';

export function checkManifest(json: unknown): Checked<BackupManifest> {
	if (!isRecord(json) || json.format !== BACKUP_FORMAT)
		return fail(`${NOT_A_BACKUP} (manifest.json does not name the format).`);
	const { version } = json;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
		return fail('Its manifest.json has no valid format version.');
	if (version > BACKUP_VERSION)
		return fail(
			`It was made by a newer version of locdiff (backup format ${version}); this version reads format ${BACKUP_VERSION} and older. Open it with the newer locdiff.`
		);
	const settings = checkSettings(json.settings);
	if (settings === null) return fail('Its manifest.json has damaged settings.');
	if (!Array.isArray(json.files)) return fail('Its manifest.json has no list of files.');
	const files: ManifestFile[] = [];
	for (const file of json.files as unknown[]) {
		if (!isManifestFile(file)) return fail('Its manifest.json lists a file with damaged details.');
		if (files.some((seen) => seen.path === file.path))
			return fail(`Its manifest.json lists ${file.path} twice.`);
		files.push({ path: file.path, byteLength: file.byteLength, sha256: file.sha256 });
	}
	const currentFile = typeof json.currentFile === 'string' ? json.currentFile : null;
	const namesOther = (json.currentFile ?? null) !== null && currentFile === null;
	if (namesOther || (currentFile !== null && !files.some((file) => file.path === currentFile)))
		return fail('Its manifest.json names a current file that is not in the backup.');
	const createdAt = typeof json.createdAt === 'string' ? json.createdAt : '';
	return {
		ok: true,
		value: { format: BACKUP_FORMAT, version, createdAt, currentFile, settings, files }
	};
}

/**
 * A file's entry in edits.json: its cursor, its edits as a map, (format 2) the segments the
 * translator confirmed, (format 3) the QA problems dismissed and (format 4) the drafts. Older
 * formats lack them: nothing was confirmed, dismissed or kept as a draft then.
 */
export function checkFileEdits(
	path: string,
	json: unknown
): Checked<{
	cursor: BackupCursor;
	edits: Map<string, string>;
	confirmed: Set<string>;
	dismissed: Set<string>;
	drafts: Map<string, string>;
}> {
	if (!isRecord(json) || !isCursor(json.cursor) || !isRecord(json.edits))
		return fail(`Its edits.json has damaged edits for ${path}.`);
	const edits = textsById(json.edits);
	if (typeof edits === 'string')
		return fail(`Its edits.json has a damaged edit of ${edits} in ${path}.`);
	const rawDrafts = json.drafts ?? {};
	const drafts = isRecord(rawDrafts) ? textsById(rawDrafts) : null;
	if (drafts === null || typeof drafts === 'string')
		return fail(`Its edits.json has damaged drafts for ${path}.`);
	const confirmed = json.confirmed ?? [];
	if (!isStringList(confirmed))
		return fail(`Its edits.json has damaged confirmed segments for ${path}.`);
	const dismissed = json.dismissed ?? [];
	if (!isStringList(dismissed))
		return fail(`Its edits.json has damaged dismissed problems for ${path}.`);
	return {
		ok: true,
		value: {
			cursor: { index: json.cursor.index, column: json.cursor.column },
			edits,
			confirmed: new Set(confirmed),
			dismissed: new Set(dismissed),
			drafts
		}
	};
}

/** Texts by segment id, or the first id whose text is not a string. */
function textsById(json: object): Map<string, string> | string {
	const texts = new Map<string, string>();
	for (const [segmentId, text] of Object.entries(json)) {
		if (typeof text !== 'string') return segmentId;
		texts.set(segmentId, text);
	}
	return texts;
}

function isStringList(value: unknown): value is string[] {
	return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function fail(message: string): { ok: false; message: string } {
	return { ok: false, message };
}

function checkSettings(value: unknown): BackupSettings | null {
	if (!isRecord(value)) return null;
	return isCompareTarget(value.compare) ? { compare: value.compare } : null;
}

function isManifestFile(value: unknown): value is ManifestFile {
	return (
		isRecord(value) &&
		typeof value.path === 'string' &&
		value.path.length > 0 &&
		Number.isInteger(value.byteLength) &&
		typeof value.sha256 === 'string' &&
		/^[0-9a-f]{64}$/.test(value.sha256)
	);
}

function isCursor(value: unknown): value is BackupCursor {
	return (
		isRecord(value) &&
		Number.isInteger(value.index) &&
		Number.isInteger(value.column) &&
		(value.index as number) >= 0 &&
		(value.column as number) >= 1
	);
}
