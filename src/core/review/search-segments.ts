import type { TextRange } from '../qa/token.ts';
import type { FileId } from '../model/workspace.ts';
import { compileQuery, type SearchQuery } from './compile-query.ts';
import type { FieldIndex, SearchIndex } from './search-index.ts';

/** Which texts a search reads. */
export type SearchField = 'translation' | 'source';

/** One hit: a range in a segment's translation or source. */
export interface SearchHit {
	readonly file: FileId;
	readonly segmentIndex: number;
	readonly segmentId: string;
	readonly field: SearchField;
	/** Offsets in that segment's text (not in the file). */
	readonly range: TextRange;
}

export type SearchResult =
	| {
			readonly ok: true;
			/** In index order (file, then segment, then position); translations before sources. */
			readonly hits: readonly SearchHit[];
			/** True when `limit` stopped the search: there are more hits. */
			readonly isTruncated: boolean;
	  }
	| { readonly ok: false; readonly error: string };

/** The most hits one search returns unless told otherwise: a list longer than this is not read. */
export const DEFAULT_HIT_LIMIT = 10_000;

/**
 * Finds every non-empty match of `query` in the given fields of the indexed segments. A match
 * never spans two segments. An empty or invalid pattern is an error value.
 */
export function searchSegments(
	index: SearchIndex,
	query: SearchQuery,
	fields: readonly SearchField[] = ['translation'],
	limit: number = DEFAULT_HIT_LIMIT
): SearchResult {
	const compiled = compileQuery(query);
	if (!compiled.ok) return compiled;
	const hits: SearchHit[] = [];
	for (const field of fields) {
		const isComplete = scanField(index, field, compiled.pattern, hits, limit);
		if (!isComplete) return { ok: true, hits, isTruncated: true };
	}
	return { ok: true, hits, isTruncated: false };
}

/** Scans one field; false when the limit was reached. */
function scanField(
	index: SearchIndex,
	field: SearchField,
	pattern: RegExp,
	hits: SearchHit[],
	limit: number
): boolean {
	const fieldIndex = index[field];
	const { text, starts, lengths } = fieldIndex;
	const scan = new RegExp(pattern.source, pattern.flags);
	let segment = 0;
	for (let match = scan.exec(text); match; match = scan.exec(text)) {
		const start = match.index;
		const end = start + match[0].length;
		if (end === start) {
			scan.lastIndex = start + 1;
			continue;
		}
		segment = segmentAt(starts, start, segment);
		const segmentStart = starts[segment] ?? 0;
		const segmentEnd = segmentStart + (lengths[segment] ?? 0);
		if (end <= segmentEnd) {
			if (hits.length >= limit) return false;
			hits.push(hitOf(index, field, segment, start - segmentStart, end - segmentStart));
			continue;
		}
		// The match ran into the next segment: search this segment alone from the match's start.
		if (!scanOne(index, fieldIndex, field, pattern, segment, start - segmentStart, hits, limit)) {
			return false;
		}
		scan.lastIndex = segmentEnd + 1;
	}
	return true;
}

/** Searches one segment's text from `from`; false when the limit was reached. */
function scanOne(
	index: SearchIndex,
	fieldIndex: FieldIndex,
	field: SearchField,
	pattern: RegExp,
	segment: number,
	from: number,
	hits: SearchHit[],
	limit: number
): boolean {
	const start = fieldIndex.starts[segment] ?? 0;
	const own = fieldIndex.text.slice(start, start + (fieldIndex.lengths[segment] ?? 0));
	const scan = new RegExp(pattern.source, pattern.flags);
	scan.lastIndex = from;
	for (let match = scan.exec(own); match; match = scan.exec(own)) {
		if (match[0].length === 0) {
			scan.lastIndex = match.index + 1;
			continue;
		}
		if (hits.length >= limit) return false;
		hits.push(hitOf(index, field, segment, match.index, match.index + match[0].length));
	}
	return true;
}

/** The segment holding `offset`: a binary search, starting from the last answer's neighbourhood. */
function segmentAt(starts: Int32Array, offset: number, hint: number): number {
	if (
		(starts[hint] ?? 0) <= offset &&
		(hint + 1 >= starts.length || (starts[hint + 1] ?? 0) > offset)
	) {
		return hint;
	}
	let low = 0;
	let high = starts.length - 1;
	while (low < high) {
		const middle = (low + high + 1) >> 1;
		if ((starts[middle] ?? 0) <= offset) low = middle;
		else high = middle - 1;
	}
	return low;
}

function hitOf(
	index: SearchIndex,
	field: SearchField,
	n: number,
	start: number,
	end: number
): SearchHit {
	return {
		file: index.files[index.fileIndexes[n] ?? 0] ?? ('' as FileId),
		segmentIndex: index.segmentIndexes[n] ?? 0,
		segmentId: index.segmentIds[n] ?? '',
		field,
		range: { start, end }
	};
}
