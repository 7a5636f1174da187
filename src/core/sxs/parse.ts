import type { Diagnostic, Segment, SegmentId, SxsDocument } from '../model/types.ts';
import { checkSegments } from './check-segments.ts';
import { detectContext } from './context.ts';
import { decodeSxsBytes, type DecodeResult } from './decode.ts';
import { findFrontMatter, readFrontMatter } from './front-matter.ts';
import {
	CLOSE,
	MAX_ID_LENGTH,
	SENTINEL,
	TTU_OPEN,
	countSpanCloses,
	countSpanOpens
} from './markup.ts';
import { findIdEnd, splitId } from './segment-id.ts';

/** Result of parsing bytes: a document, or the reason the bytes are not text at all. */
export type ParseBytesResult =
	| { readonly ok: true; readonly document: SxsDocument }
	| { readonly ok: false; readonly error: Diagnostic };

/** Decodes and parses file bytes. Binary and UTF-16 files come back as `ok: false`. */
export function parseSxsBytes(bytes: Uint8Array): ParseBytesResult {
	const decoded = decodeSxsBytes(bytes);
	return decoded.ok ? withDecodeDiagnostics(decoded, parseSxs(decoded.text)) : decoded;
}

/** A parsed document with the diagnostics of its decoding first (invalid UTF-8 bytes). */
export function withDecodeDiagnostics(
	decoded: DecodeResult & { ok: true },
	parsed: SxsDocument
): ParseBytesResult {
	if (decoded.diagnostics.length === 0) return { ok: true, document: parsed };
	return {
		ok: true,
		document: { ...parsed, diagnostics: [...decoded.diagnostics, ...parsed.diagnostics] }
	};
}

/**
 * Parses sxs text into segments by the rule of SXS-FORMAT.md §3.1. Every character that is not
 * a translation stays in `text` untouched, so `serializeSxs` with no edits returns `text`.
 * Anything that looks like a segment but is not one stays text and gets a warning.
 *
 * This is the hot path of every load (`npm run bench` holds it to half the speed of a bare
 * indexOf scan), hence offsets and char codes rather than regular expressions and slices.
 */
export function parseSxs(text: string): SxsDocument {
	const steps = parseSxsInSteps(text, Number.POSITIVE_INFINITY);
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
	}
}

/**
 * `parseSxs`, yielding after every `segmentsPerStep` segments and before the checks of the whole
 * file, with the same result: a caller can spread a big file's parse over tasks (issue 13.8).
 */
export function* parseSxsInSteps(
	text: string,
	segmentsPerStep: number
): Generator<void, SxsDocument, void> {
	const span = findFrontMatter(text);
	const frontMatterEnd = span === null ? -1 : span.end;
	const diagnostics: Diagnostic[] = [];
	const segments: Segment[] = [];
	const idValues: number[] = [];
	let line = 1;
	let lineStart = 0;
	let nextNewline = text.indexOf('\n');

	let openAt = text.indexOf(TTU_OPEN);
	while (openAt >= 0) {
		const nextOpen = text.indexOf(TTU_OPEN, openAt + TTU_OPEN.length);
		const limit = nextOpen < 0 ? text.length : nextOpen;
		while (nextNewline >= 0 && nextNewline < openAt) {
			line++;
			lineStart = nextNewline + 1;
			nextNewline = text.indexOf('\n', lineStart);
		}
		const idStart = openAt + TTU_OPEN.length;
		const idEnd = findIdEnd(text, idStart, limit, MAX_ID_LENGTH);
		const translationStart = idEnd + 2;
		const sentinelAt = idEnd < 0 ? -1 : text.indexOf(SENTINEL, translationStart);
		const stuStart = sentinelAt + SENTINEL.length;
		const stuEnd =
			sentinelAt < 0 || sentinelAt >= limit ? -1 : findIdEnd(text, stuStart, limit, MAX_ID_LENGTH);
		const closeAt = stuEnd < 0 ? -1 : findSourceClose(text, stuEnd + 2, limit);
		if (closeAt < 0) {
			diagnostics.push(notASegment(text, idStart, idEnd, sentinelAt, limit, stuEnd, line));
			openAt = nextOpen;
			continue;
		}
		const id = text.slice(idStart, idEnd);
		const parts = splitId(id);
		idValues.push(parts.value);
		if (stuEnd - stuStart !== id.length || !text.startsWith(id, stuStart)) {
			diagnostics.push(
				warning(
					'id-mismatch',
					`Segment ${id} names its source ${text.slice(stuStart, stuEnd)}; kept as one segment.`,
					line
				)
			);
		}
		segments.push({
			id: id as SegmentId,
			fileKey: parts.fileKey,
			number: parts.number,
			isMerged: parts.isMerged,
			translation: text.slice(translationStart, sentinelAt),
			source: text.slice(stuEnd + 2, closeAt),
			translationStart,
			translationEnd: sentinelAt,
			segmentStart: openAt,
			segmentEnd: closeAt + CLOSE.length,
			line,
			column: translationStart - lineStart + 1,
			context: detectContext(text, lineStart, openAt, openAt < frontMatterEnd)
		});
		openAt = nextOpen;
		if (segments.length % segmentsPerStep === 0) yield;
	}
	if (segments.length >= segmentsPerStep) yield;
	const checks = checkSegments(text, segments, idValues);
	const all =
		checks.length === 0 ? diagnostics : [...diagnostics, ...checks].sort(byLineThenSeverity);
	return {
		text,
		frontMatter: span === null ? null : readFrontMatter(text, span),
		segments,
		diagnostics: all
	};
}

/**
 * The source ends at the first `</span></span>` where the `<span` openings seen in the source
 * are no more than the `</span>`s seen: nested spans stay inside (E7), an unmatched `</span>`
 * does not cut it short (E5).
 */
function findSourceClose(text: string, start: number, limit: number): number {
	let candidate = text.indexOf(CLOSE, start);
	if (candidate < 0 || candidate + CLOSE.length > limit) return -1;
	const firstTag = text.indexOf('<', start);
	if (firstTag === candidate) return candidate;
	while (candidate >= 0 && candidate + CLOSE.length <= limit) {
		if (countSpanOpens(text, start, candidate) <= countSpanCloses(text, start, candidate))
			return candidate;
		candidate = text.indexOf(CLOSE, candidate + '</span>'.length);
	}
	return -1;
}

/** Says which part of the markup is missing, for a tag that opened but is not a segment. */
function notASegment(
	text: string,
	idStart: number,
	idEnd: number,
	sentinelAt: number,
	limit: number,
	stuEnd: number,
	line: number
): Diagnostic {
	if (idEnd < 0)
		return warning(
			'not-a-segment',
			'An opening segment tag has no well-formed id; kept as text.',
			line
		);
	const id = text.slice(idStart, idEnd);
	if (sentinelAt < 0 || sentinelAt >= limit) {
		return warning(
			'not-a-segment',
			`Segment ${id} has no English source before the next segment; kept as text.`,
			line
		);
	}
	if (stuEnd < 0)
		return warning(
			'not-a-segment',
			`The source tag of segment ${id} has no well-formed id; kept as text.`,
			line
		);
	return warning('not-a-segment', `The source of segment ${id} never closes; kept as text.`, line);
}

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

/** Diagnostics read top to bottom; on one line the most serious comes first. */
function byLineThenSeverity(a: Diagnostic, b: Diagnostic): number {
	return a.line - b.line || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
}

function warning(code: string, message: string, line: number): Diagnostic {
	return { severity: 'warning', code, message, line };
}
