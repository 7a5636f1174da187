import type { Segment, SxsDocument } from '../model/types.ts';
import type { Edits } from '../model/workspace.ts';
import { checkEdit } from './check-edit.ts';
import { parseSxs } from './parse.ts';

/** An edit that was not written, and why. */
export interface RefusedEdit {
	readonly id: string;
	readonly reason: string;
}

export interface SerializeResult {
	/** The file text: the input with the accepted edits, byte for byte otherwise. */
	readonly text: string;
	readonly refused: readonly RefusedEdit[];
}

/**
 * Writes a parsed file back, replacing exactly the translations named in `edits` and nothing else:
 * no normalisation of line ends, final newline, BOM, entities or whitespace. With no edits the
 * result is `sxs.text` itself. Edits that would change how the file parses are refused and
 * listed, never written; the output is re-parsed to prove it.
 */
export function serializeSxs(sxs: SxsDocument, edits: Edits = new Map()): SerializeResult {
	if (edits.size === 0) return { text: sxs.text, refused: [] };
	const { accepted, refused } = screenEdits(sxs, edits);
	const text = applyEdits(sxs, accepted);
	if (accepted.size === 0 || isFaithful(sxs, accepted, text)) return { text, refused };
	// Rare: some edit passed the local checks but still changes the parse. Find it alone.
	const safe = new Map<string, string>();
	for (const [id, value] of accepted) {
		const single = new Map([[id, value]]);
		if (isFaithful(sxs, single, applyEdits(sxs, single))) safe.set(id, value);
		else
			refused.push({
				id,
				reason: `The new translation of ${id} would change the file's segments.`
			});
	}
	return { text: applyEdits(sxs, safe), refused };
}

function screenEdits(
	sxs: SxsDocument,
	edits: Edits
): { accepted: Map<string, string>; refused: RefusedEdit[] } {
	const counts = new Map<string, number>();
	const byId = new Map<string, Segment>();
	for (const segment of sxs.segments) {
		counts.set(segment.id, (counts.get(segment.id) ?? 0) + 1);
		byId.set(segment.id, segment);
	}
	const accepted = new Map<string, string>();
	const refused: RefusedEdit[] = [];
	for (const [id, value] of edits) {
		const count = counts.get(id) ?? 0;
		const segment = byId.get(id);
		const reason =
			segment === undefined
				? `There is no segment ${id} in this file.`
				: count > 1
					? `Segment id ${id} appears ${count} times in this file, so an edit to it is ambiguous.`
					: checkEdit(segment, value);
		if (reason === null) accepted.set(id, value);
		else refused.push({ id, reason });
	}
	return { accepted, refused };
}

/** Splices new translations into the text; unedited bytes are copied as they are. */
function applyEdits(sxs: SxsDocument, edits: Edits): string {
	const { text } = sxs;
	const parts: string[] = [];
	let position = 0;
	for (const segment of sxs.segments) {
		const value = edits.get(segment.id);
		if (value === undefined) continue;
		parts.push(text.slice(position, segment.translationStart), value);
		position = segment.translationEnd;
	}
	parts.push(text.slice(position));
	return parts.join('');
}

/** The re-parsed output has the same segments, with the edited translations and nothing else changed. */
function isFaithful(sxs: SxsDocument, edits: Edits, text: string): boolean {
	const reparsed = parseSxs(text).segments;
	if (reparsed.length !== sxs.segments.length) return false;
	return sxs.segments.every((before, i) => {
		const after = reparsed[i];
		return (
			after !== undefined &&
			after.id === before.id &&
			after.source === before.source &&
			after.translation === (edits.get(before.id) ?? before.translation)
		);
	});
}
