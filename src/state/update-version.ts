/**
 * Carries a file's edits onto another version of it, for "Update to this version". An edit goes
 * over when the new version has the same segment id with the same source; if any edit cannot go
 * over, nothing is replaced and the translator is told to open the version beside instead (the
 * per-segment merge of issue 9, aligned by source, replaces this rule when it lands).
 */
import { parseSxsBytes, type Edits } from '../core/index.ts';
import type { FileEntry } from './file-entry.ts';
import type { UpdateResult } from './reopen.svelte.ts';

export function carryEditsById(open: FileEntry, edits: Edits, incoming: FileEntry): UpdateResult {
	const before = parseSxsBytes(open.bytes);
	const after = parseSxsBytes(incoming.bytes);
	if (!before.ok || !after.ok)
		return { ok: false, reason: 'one of the versions could not be read' };
	const sourceBefore = new Map(before.document.segments.map((s) => [s.id as string, s.source]));
	const sourceAfter = new Map(after.document.segments.map((s) => [s.id as string, s.source]));
	const stranded = [...edits.keys()].filter((id) => {
		const source = sourceAfter.get(id);
		return source === undefined || source !== sourceBefore.get(id);
	});
	if (stranded.length > 0) {
		const reason = `${stranded.length} edited segments changed or are gone in the new version (${stranded.slice(0, 3).join(', ')}${stranded.length > 3 ? '…' : ''})`;
		return { ok: false, reason };
	}
	return { ok: true, edits, summary: `${edits.size} edits carried` };
}
