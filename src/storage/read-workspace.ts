/**
 * Turns the stored records into a workspace snapshot, skipping what cannot be read. Records
 * arrive here at SCHEMA_VERSION (older layouts are migrated before). A damaged, truncated or
 * unreadable record costs only its own file, with a message naming it; the rest loads.
 *
 * A workspace written by a newer locdiff (a higher schema version) is not shown at all, not even
 * read-only: a newer format may give the same fields another meaning, and showing misread text
 * as the translator's work is worse than showing none. The store then never writes, so the
 * newer version's data stays intact; the message says so and that this tab works unsaved.
 */
import { DEFAULT_SETTINGS, EDITS_PREFIX, FILE_PREFIX, MERGES_KEY, META_KEY } from './db.ts';
import { SCHEMA_VERSION, SETTINGS_KEY } from './db.ts';
import { settingsOf, type StoredFile, type WorkspaceSnapshot } from './migrations.ts';
import { checkEditsRecord, checkFileRecord, checkMergesRecord, checkMeta } from './record-check.ts';
import { splitStates } from './segment-states.ts';
import type { MergeInProgress } from '../core/index.ts';

export type LoadResult =
	| {
			readonly ok: true;
			readonly snapshot: WorkspaceSnapshot;
			/** One message per skipped record, naming its file. */
			readonly problems: readonly string[];
	  }
	| { readonly ok: false; readonly message: string };

export const EMPTY_SNAPSHOT: WorkspaceSnapshot = {
	files: [],
	currentFileId: null,
	settings: DEFAULT_SETTINGS,
	merges: []
};

export function readWorkspace(records: readonly [string, unknown][]): LoadResult {
	const byKey = new Map(records);
	const problems: string[] = [];
	const metaValue = byKey.get(META_KEY);
	// No or damaged meta (a crash before the first meta write, or damage): every stored file.
	let fileIds = [...byKey.keys()].filter((key) => key.startsWith(FILE_PREFIX)).sort();
	fileIds = fileIds.map((key) => key.slice(FILE_PREFIX.length));
	let currentFileId: string | null = null;
	if (metaValue !== undefined) {
		const meta = checkMeta(metaValue);
		if (!meta.ok) {
			problems.push('The saved list of open files was damaged; every file found was restored.');
		} else if (meta.value.schemaVersion !== SCHEMA_VERSION) {
			return { ok: false, message: versionMessage(meta.value.schemaVersion) };
		} else {
			fileIds = [...meta.value.fileIds];
			currentFileId = meta.value.currentFileId;
		}
	}
	const files: StoredFile[] = [];
	for (const id of fileIds) {
		const file = readFile(id, byKey, problems);
		if (file !== null) files.push(file);
	}
	const isCurrentKept = files.some((file) => file.id === currentFileId);
	return {
		ok: true,
		snapshot: {
			files,
			currentFileId: isCurrentKept ? currentFileId : null,
			settings: settingsOf(byKey.get(SETTINGS_KEY)),
			merges: readMerges(byKey.get(MERGES_KEY), problems)
		},
		problems
	};
}

function readFile(
	id: string,
	byKey: ReadonlyMap<string, unknown>,
	problems: string[]
): StoredFile | null {
	const fileValue = byKey.get(FILE_PREFIX + id);
	const editsValue = byKey.get(EDITS_PREFIX + id);
	const edits = editsValue === undefined ? null : checkEditsRecord(editsValue);
	if (fileValue === undefined) {
		const count = edits?.ok ? edits.value.edits.length : 0;
		const lost = count > 0 ? `; its ${count} saved edits were skipped` : '';
		problems.push(`${id} was not restored: its original content is missing from storage${lost}.`);
		return null;
	}
	const file = checkFileRecord(fileValue);
	if (!file.ok) {
		problems.push(`${id} was not restored: ${file.reason}.`);
		return null;
	}
	if (edits !== null && !edits.ok) problems.push(`${id}: ${edits.reason}; it opened without them.`);
	if (edits?.ok && edits.value.dropped > 0)
		problems.push(`${id}: ${edits.value.dropped} damaged saved edits were skipped.`);
	const stored = new Map(edits?.ok ? edits.value.edits : []);
	const { edits: texts, confirmed, dismissed, drafts } = splitStates(stored);
	return {
		id,
		path: file.value.path,
		bytes: file.value.bytes,
		edits: texts,
		confirmed,
		dismissed,
		drafts,
		cursor: edits?.ok ? edits.value.cursor : { index: 0, column: 1 }
	};
}

function readMerges(value: unknown, problems: string[]): MergeInProgress[] {
	if (value === undefined) return [];
	const checked = checkMergesRecord(value);
	if (!checked.ok) {
		problems.push(`The merges waiting in the Merge summary were damaged: ${checked.reason}.`);
		return [];
	}
	if (checked.value.dropped > 0)
		problems.push(
			`${checked.value.dropped} merges waiting in the Merge summary were damaged and skipped; update those files again.`
		);
	return checked.value.merges;
}

function versionMessage(version: number): string {
	const which = version > SCHEMA_VERSION ? 'a newer version of locdiff' : 'an unknown version';
	return `The saved workspace was written by ${which} (format ${version}), so it is not shown here and is left untouched: this tab saves nothing. Open the newest locdiff, or work here and export before closing.`;
}
