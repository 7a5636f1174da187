/**
 * Builders for merge tests: a small bilingual file from rows, and the edited copy of a file.
 * Each row is one paragraph, so the files look like the pipeline's output.
 */
import { parseSxs, serializeSxs, type SxsDocument } from '../../src/core/index.ts';
import { segmentMarkup } from './sxs-builders.ts';

/** One segment as `[number, translation, source]`, e.g. `['103', 'Зберегти', 'Save']`. */
export type Row = readonly [number: string, translation: string, source: string];

/** The text of a file with key `fileKey`: a front matter, then one paragraph per row. */
export function sxsText(fileKey: string, rows: readonly Row[]): string {
	const body = rows.map(([number, translation, source]) =>
		segmentMarkup(`${fileKey}-${number}`, translation, source)
	);
	return `---\nms.contentlocale: uk-UA\n---\n${body.join('\n\n')}\n`;
}

/** The parsed file of `sxsText`. */
export function sxsDoc(fileKey: string, rows: readonly Row[]): SxsDocument {
	return parseSxs(sxsText(fileKey, rows));
}

/** `document` with some translations replaced (by id), parsed again: what a translator saves. */
export function withEdits(document: SxsDocument, edits: Record<string, string>): SxsDocument {
	const { text, refused } = serializeSxs(document, new Map(Object.entries(edits)));
	if (refused.length > 0) throw new Error(`test edit refused: ${refused[0]?.reason}`);
	return parseSxs(text);
}
