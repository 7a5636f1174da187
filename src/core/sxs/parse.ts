import type { Diagnostic, Segment, SegmentId, SxsDocument } from '../model/types.ts';
import { detectContext } from './context.ts';
import { decodeSxsBytes } from './decode.ts';
import { findFrontMatter, readFrontMatter } from './front-matter.ts';
import { checkSegments } from './check-segments.ts';
import { CLOSE, ID_END, ID_PATTERN, MAX_ID_LENGTH, SENTINEL, TTU_OPEN } from './markup.ts';
import { countSpanCloses, countSpanOpens } from './markup.ts';

/** Result of parsing bytes: a document, or the reason the bytes are not text at all. */
export type ParseBytesResult =
	| { readonly ok: true; readonly document: SxsDocument }
	| { readonly ok: false; readonly error: Diagnostic };

/** Decodes and parses file bytes. Binary and UTF-16 files come back as `ok: false`. */
export function parseSxsBytes(bytes: Uint8Array): ParseBytesResult {
	const decoded = decodeSxsBytes(bytes);
	if (!decoded.ok) return decoded;
	const document = parseSxs(decoded.text);
	if (decoded.diagnostics.length === 0) return { ok: true, document };
	return {
		ok: true,
		document: { ...document, diagnostics: [...decoded.diagnostics, ...document.diagnostics] }
	};
}

/**
 * Parses sxs text into segments, following the rule of SXS-FORMAT.md §3.1. Every character that
 * is not a translation stays in `text` untouched, so `serializeSxs` with no edits returns `text`.
 * Anything that looks like a segment but is not one stays text and gets a warning.
 */
export function parseSxs(text: string): SxsDocument {
	const span = findFrontMatter(text);
	const diagnostics: Diagnostic[] = [];
	const segments: Segment[] = [];
	const lines = new LineCounter(text);

	let openAt = text.indexOf(TTU_OPEN);
	while (openAt >= 0) {
		const nextOpen = text.indexOf(TTU_OPEN, openAt + TTU_OPEN.length);
		const limit = nextOpen < 0 ? text.length : nextOpen;
		const found = readSegment(text, openAt, limit);
		if (typeof found === 'string') {
			diagnostics.push(warn('not-a-segment', found, lines.lineAt(openAt)));
		} else {
			const { stuId, ...fields } = found;
			const line = lines.lineAt(found.translationStart);
			const lineStart = lines.currentLineStart;
			const isInFrontMatter = span !== null && openAt < span.end;
			segments.push({
				...fields,
				line,
				column: found.translationStart - lineStart + 1,
				context: detectContext(text.slice(lineStart, openAt), isInFrontMatter)
			});
			if (stuId !== found.id) {
				diagnostics.push(
					warn(
						'id-mismatch',
						`Segment ${found.id} names its source ${stuId}; kept as one segment.`,
						line
					)
				);
			}
		}
		openAt = nextOpen;
	}
	diagnostics.push(...checkSegments(text, segments));
	return {
		text,
		frontMatter: span === null ? null : readFrontMatter(text, span),
		segments,
		diagnostics: diagnostics.sort((a, b) => a.line - b.line)
	};
}

type FoundSegment = Omit<Segment, 'line' | 'column' | 'context'> & { readonly stuId: string };

/** Reads one segment opening at `openAt`, bounded by the next open tag; a string says why not. */
function readSegment(text: string, openAt: number, limit: number): FoundSegment | string {
	const idStart = openAt + TTU_OPEN.length;
	const id = readId(text, idStart, limit);
	if (id === null) return 'An opening segment tag has no well-formed id; kept as text.';
	const translationStart = idStart + id.length + ID_END.length;
	const sentinelAt = text.indexOf(SENTINEL, translationStart);
	if (sentinelAt < 0 || sentinelAt >= limit) {
		return `Segment ${id} has no English source before the next segment; kept as text.`;
	}
	const stuStart = sentinelAt + SENTINEL.length;
	const stuId = readId(text, stuStart, limit);
	if (stuId === null) return `The source tag of segment ${id} has no well-formed id; kept as text.`;
	const sourceStart = stuStart + stuId.length + ID_END.length;
	const closeAt = findSourceClose(text, sourceStart, limit);
	if (closeAt < 0) return `The source of segment ${id} never closes; kept as text.`;
	const match = ID_PATTERN.exec(id);
	const dash = id.lastIndexOf('-');
	return {
		id: id as SegmentId,
		stuId,
		fileKey: match?.[1] ?? (dash > 0 ? id.slice(0, dash) : ''),
		number: match ? match[2]! + match[3]! : id.slice(dash + 1),
		isMerged: match?.[2] === 'p',
		translation: text.slice(translationStart, sentinelAt),
		source: text.slice(sourceStart, closeAt),
		translationStart,
		translationEnd: sentinelAt,
		segmentStart: openAt,
		segmentEnd: closeAt + CLOSE.length
	};
}

/** An id runs to `">` with no quote, angle bracket or line break in it (that rules out E3). */
function readId(text: string, start: number, limit: number): string | null {
	const end = text.indexOf(ID_END, start);
	if (end < 0 || end >= limit || end - start > MAX_ID_LENGTH || end === start) return null;
	const id = text.slice(start, end);
	return /["<>\s&]/.test(id) ? null : id;
}

/**
 * The source ends at the first `</span></span>` where the `<span` openings seen in the source
 * are no more than the `</span>`s seen: nested spans stay inside (E7), an unmatched `</span>`
 * does not cut it short (E5).
 */
function findSourceClose(text: string, start: number, limit: number): number {
	let candidate = text.indexOf(CLOSE, start);
	while (candidate >= 0 && candidate + CLOSE.length <= limit) {
		const firstTag = text.indexOf('<', start);
		if (firstTag < 0 || firstTag >= candidate) return candidate;
		if (countSpanOpens(text, start, candidate) <= countSpanCloses(text, start, candidate)) {
			return candidate;
		}
		candidate = text.indexOf(CLOSE, candidate + '</span>'.length);
	}
	return -1;
}

function warn(code: string, message: string, line: number): Diagnostic {
	return { severity: 'warning', code, message, line };
}

/** Turns offsets into 1-based lines; offsets must be asked for in increasing order. */
class LineCounter {
	private line = 1;
	private scanned = 0;
	currentLineStart = 0;

	constructor(private readonly text: string) {}

	lineAt(offset: number): number {
		let nl = this.text.indexOf('\n', this.scanned);
		while (nl >= 0 && nl < offset) {
			this.line++;
			this.currentLineStart = nl + 1;
			nl = this.text.indexOf('\n', nl + 1);
		}
		this.scanned = Math.max(this.scanned, offset);
		return this.line;
	}
}
