/**
 * The visible-newline encoding: one segment is one editor line (issue 4), so a line break inside
 * a translation is shown as a visible marker instead.
 *
 * - `\n` is shown as `⏎` (U+23CE) and `\r` as `␍` (U+240D), so a CRLF file's `\r\n` reads `␍⏎`
 *   and comes back byte for byte.
 * - A translation that really contains `⏎`, `␍` or the escape itself gets the invisible escape
 *   U+2060 WORD JOINER in front: `⏎` → `\u2060⏎`, `\u2060` → `\u2060\u2060`. Every encoded
 *   sequence starts differently, so decoding is unambiguous and `decodeLine(encodeLine(t)) === t`
 *   for every string (tested as a law).
 */
export const NEWLINE_MARKER = '\u23CE';
export const CARRIAGE_RETURN_MARKER = '\u240D';
const ESCAPE = '\u2060';

/** The editor line for a translation or source text. */
export function encodeLine(text: string): string {
	return text.replace(/[\u23CE\u240D\u2060\r\n]/g, (char) => {
		if (char === '\n') return NEWLINE_MARKER;
		if (char === '\r') return CARRIAGE_RETURN_MARKER;
		return ESCAPE + char;
	});
}

/** The real text of an editor line (markers back to line breaks, escapes removed). */
export function decodeLine(line: string): string {
	return line.replace(/\u2060[\s\S]?|[\u23CE\u240D]/g, (sequence) => {
		if (sequence === NEWLINE_MARKER) return '\n';
		if (sequence === CARRIAGE_RETURN_MARKER) return '\r';
		// A lone escape (its partner deleted by hand) stands for itself.
		return sequence.length === 2 ? sequence.slice(1) : sequence;
	});
}

/** The marker a typed newline inserts in a row: `␍⏎` when the row's file text uses CRLF. */
export function newlineMarkerFor(originalText: string): string {
	return originalText.includes('\r\n') ? CARRIAGE_RETURN_MARKER + NEWLINE_MARKER : NEWLINE_MARKER;
}

/** The UTF-16 offset in the encoded line of `offset` in the decoded text. */
export function encodedOffset(text: string, offset: number): number {
	return encodeLine(text.slice(0, offset)).length;
}
