import type { TextRange } from '../qa/token.ts';
import type { FileId } from '../model/workspace.ts';
import type { SearchQuery } from './compile-query.ts';
import type { SearchIndex } from './search-index.ts';
import { searchSegments, DEFAULT_HIT_LIMIT, type SearchField } from './search-segments.ts';

/** One segment in which the term occurs, with the term's places on both sides. */
export interface ConcordanceEntry {
	readonly file: FileId;
	readonly segmentIndex: number;
	readonly segmentId: string;
	readonly sourceRanges: readonly TextRange[];
	readonly translationRanges: readonly TextRange[];
}

export type ConcordanceResult =
	| {
			readonly ok: true;
			/** By file (in the index's order), then by segment. */
			readonly entries: readonly ConcordanceEntry[];
			readonly isTruncated: boolean;
	  }
	| { readonly ok: false; readonly error: string };

/**
 * Xbench's concordance: every segment whose source or translation holds the term, listed by file
 * and segment, with the term's ranges in each text, so the reviewer sees how a term was rendered
 * everywhere. Runs on the same prebuilt index as `searchSegments`. `fields` narrows the search to
 * the sources or the translations (an entry then has ranges in that field only).
 */
export function findConcordance(
	index: SearchIndex,
	query: SearchQuery,
	limit: number = DEFAULT_HIT_LIMIT,
	fields: readonly SearchField[] = ['source', 'translation']
): ConcordanceResult {
	const result = searchSegments(index, query, fields, limit);
	if (!result.ok) return result;
	const byKey = new Map<
		string,
		{ entry: ConcordanceEntry; source: TextRange[]; translation: TextRange[] }
	>();
	for (const hit of result.hits) {
		const key = `${hit.file}\u0000${hit.segmentIndex}`;
		let slot = byKey.get(key);
		if (!slot) {
			const source: TextRange[] = [];
			const translation: TextRange[] = [];
			const entry = {
				file: hit.file,
				segmentIndex: hit.segmentIndex,
				segmentId: hit.segmentId,
				sourceRanges: source,
				translationRanges: translation
			};
			slot = { entry, source, translation };
			byKey.set(key, slot);
		}
		slot[hit.field].push(hit.range);
	}
	const order = new Map(index.files.map((file, i) => [file, i]));
	const entries = [...byKey.values()]
		.map((slot) => slot.entry)
		.sort(
			(a, b) =>
				(order.get(a.file) ?? 0) - (order.get(b.file) ?? 0) || a.segmentIndex - b.segmentIndex
		);
	return { ok: true, entries, isTruncated: result.isTruncated };
}
