/**
 * Turns what another tab stored into what this tab must follow. A tab message only names the keys
 * written; this module reads what they say (which files were opened, replaced or closed, whose
 * edits changed), re-reads those records from IndexedDB (the source of truth) and keeps the
 * ledger in step, so the key prefixes never leave storage/.
 */
import { toFileId, type FileId, type MergeInProgress } from '../core/index.ts';
import { EDITS_PREFIX, FILE_PREFIX, MERGES_KEY, META_KEY, SCHEMA_VERSION } from './db.ts';
import type { KeyValueStore } from './key-value.ts';
import type { StoredFile } from './migrations.ts';
import {
	checkEditsRecord,
	checkFileRecord,
	checkMergesRecord,
	checkMeta,
	editsOf
} from './record-check.ts';
import type { SegmentLedger } from './segment-ledger.ts';
import { splitStates } from './segment-states.ts';

/** What another tab's write means for this tab. */
export interface OtherTabChange {
	/** It closed every file first. */
	readonly isCleared: boolean;
	/** The file order changed: files may have been opened or closed. */
	readonly isOrderChanged: boolean;
	/** Files whose bytes it stored (opened, or replaced by another version). */
	readonly fileIds: readonly FileId[];
	/** Files whose edits record it wrote. */
	readonly editedFileIds: readonly FileId[];
	/** It changed the merges waiting in the Merge summary (queued, settled, applied). */
	readonly isMergesChanged: boolean;
}

/** Reads the keys of another tab's write. */
export function describeOtherTabWrite(keys: readonly string[], isCleared: boolean): OtherTabChange {
	return {
		isCleared,
		isOrderChanged: keys.includes(META_KEY),
		fileIds: idsOf(keys, FILE_PREFIX),
		editedFileIds: idsOf(keys, EDITS_PREFIX),
		isMergesChanged: isCleared || keys.includes(MERGES_KEY)
	};
}

/**
 * The merges waiting in the Merge summary as stored (none when there is no record), or null when
 * the record is damaged: this tab then keeps what it has.
 */
export async function readStoredMerges(store: KeyValueStore): Promise<MergeInProgress[] | null> {
	const value = await store.get(MERGES_KEY);
	if (value === undefined) return [];
	const checked = checkMergesRecord(value);
	return checked.ok ? checked.value.merges : null;
}

/** The stored file order, or null if none or damaged. */
export async function readStoredFileIds(store: KeyValueStore): Promise<readonly FileId[] | null> {
	const meta = checkMeta(await store.get(META_KEY));
	if (!meta.ok || meta.value.schemaVersion !== SCHEMA_VERSION) return null;
	return meta.value.fileIds.map(toFileId);
}

/** Reads files another tab opened or replaced; the ledger now knows their stored edits exactly. */
export async function readStoredFiles(
	store: KeyValueStore,
	ledger: SegmentLedger,
	ids: readonly string[]
): Promise<StoredFile[]> {
	const files: StoredFile[] = [];
	for (const id of ids) {
		const file = checkFileRecord(await store.get(FILE_PREFIX + id));
		if (!file.ok) continue; // not written yet, or damaged: the next message brings it
		const edits = checkEditsRecord(await store.get(EDITS_PREFIX + id));
		const record = edits.ok ? edits.value : { edits: [], cursor: { index: 0, column: 1 } };
		ledger.reset(id, new Map(record.edits));
		const { edits: texts, confirmed, dismissed, drafts } = splitStates(new Map(record.edits));
		files.push({
			id,
			...file.value,
			edits: texts,
			confirmed,
			dismissed,
			drafts,
			cursor: record.cursor
		});
	}
	return files;
}

/** A file's stored edits as another tab left them. */
export async function readStoredEdits(
	store: KeyValueStore,
	fileId: string
): Promise<ReadonlyMap<string, string>> {
	return editsOf(await store.get(EDITS_PREFIX + fileId));
}

function idsOf(keys: readonly string[], prefix: string): FileId[] {
	return keys
		.filter((key) => key.startsWith(prefix))
		.map((key) => toFileId(key.slice(prefix.length)));
}
