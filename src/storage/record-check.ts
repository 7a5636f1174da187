/**
 * Checks stored records before they are trusted: IndexedDB hands back whatever was stored, and a
 * record may be damaged, cut short or written by another version. Each check returns the record
 * or a plain-language reason; the caller skips the record and names the file in a message.
 */
import { toFileId, type MergeInProgress, type Resolution } from '../core/index.ts';
import type { EditsRecord, FileRecord, MetaRecord } from './db.ts';

export type Checked<T> =
	{ readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

const START = { index: 0, column: 1 };

export function checkMeta(value: unknown): Checked<MetaRecord> {
	if (!isObject(value) || typeof value.schemaVersion !== 'number')
		return fail('the list of open files is damaged');
	const { fileIds, currentFileId } = value;
	if (!Array.isArray(fileIds) || !fileIds.every((id) => typeof id === 'string'))
		return fail('the list of open files is damaged');
	const current = typeof currentFileId === 'string' ? currentFileId : null;
	return {
		ok: true,
		value: { schemaVersion: value.schemaVersion, fileIds, currentFileId: current }
	};
}

export function checkFileRecord(value: unknown): Checked<FileRecord> {
	if (!isObject(value) || typeof value.path !== 'string' || !(value.bytes instanceof Uint8Array))
		return fail('its stored content is damaged');
	const { byteLength } = value;
	if (typeof byteLength === 'number' && byteLength !== value.bytes.byteLength)
		return fail(
			`its stored content is cut short (${value.bytes.byteLength} of ${byteLength} bytes)`
		);
	return { ok: true, value: { path: value.path, bytes: value.bytes } };
}

/** Valid pairs are kept even when others are damaged; `dropped` counts the rest. */
export function checkEditsRecord(value: unknown): Checked<EditsRecord & { dropped: number }> {
	if (!isObject(value) || !Array.isArray(value.edits)) return fail('its saved edits are damaged');
	const edits = value.edits.filter(
		(pair): pair is [string, string] =>
			Array.isArray(pair) && typeof pair[0] === 'string' && typeof pair[1] === 'string'
	);
	const cursor = isCursor(value.cursor) ? value.cursor : START;
	return { ok: true, value: { edits, cursor, dropped: value.edits.length - edits.length } };
}

/** The edits of a record that may be absent or damaged, for merging (damaged counts as none). */
export function editsOf(value: unknown): Map<string, string> {
	const checked = value === undefined ? null : checkEditsRecord(value);
	return new Map(checked?.ok ? checked.value.edits : []);
}

/**
 * The merges of a `merges` record. A damaged merge (cut-short bytes, no file id) is left out and
 * counted in `dropped`; a damaged resolution is left out too (that conflict is unsettled again).
 */
export function checkMergesRecord(
	value: unknown
): Checked<{ merges: MergeInProgress[]; dropped: number }> {
	if (!isObject(value) || !Array.isArray(value.queue))
		return fail('the waiting merges are damaged');
	const merges: MergeInProgress[] = [];
	for (const item of value.queue as unknown[]) {
		const merge = mergeOf(item);
		if (merge !== null) merges.push(merge);
	}
	return { ok: true, value: { merges, dropped: value.queue.length - merges.length } };
}

function mergeOf(item: unknown): MergeInProgress | null {
	if (!isObject(item) || !(item.bytes instanceof Uint8Array)) return null;
	const { id, fileId, path, bytes, byteLength, resolutions } = item;
	if (typeof id !== 'string' || typeof fileId !== 'string' || typeof path !== 'string') return null;
	if (byteLength !== bytes.byteLength || !Array.isArray(resolutions)) return null;
	const settled = new Map<string, Resolution>();
	for (const pair of resolutions as unknown[]) {
		if (!Array.isArray(pair) || typeof pair[0] !== 'string') continue;
		const resolution: unknown = pair[1];
		if (resolution === 'mine' || resolution === 'theirs') settled.set(pair[0], resolution);
		else if (isObject(resolution) && typeof resolution.text === 'string')
			settled.set(pair[0], { text: resolution.text });
	}
	return { id, fileId: toFileId(fileId), path, bytes, resolutions: settled };
}

function isCursor(value: unknown): value is EditsRecord['cursor'] {
	return isObject(value) && Number.isInteger(value.index) && Number.isInteger(value.column);
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null;
}

function fail(reason: string): { ok: false; reason: string } {
	return { ok: false, reason };
}
