/**
 * Characters XML 1.0 cannot carry at all, not even as `&#…;` references: C0 controls other
 * than tab, LF and CR, lone surrogates (among them U+DC80–U+DCFF, which `decodeSxsBytes` uses for
 * invalid UTF-8 bytes) and U+FFFE/U+FFFF. Segments keep them losslessly as `char` codes whose
 * written form is this module's `\uXXXX` notation (one escape per UTF-16 unit).
 */

/** Matches one character XML 1.0 forbids (a surrogate pair is allowed and never matched). */
// Matching control characters is the point here.
export const XML_ILLEGAL =
	// eslint-disable-next-line no-control-regex
	/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Global form of {@link XML_ILLEGAL}, for splitting; always reset `lastIndex` before use. */
export const XML_ILLEGAL_RUN = new RegExp(`(?:${XML_ILLEGAL.source})+`, 'g');

/** Writes forbidden characters as `\uXXXX` escapes, e.g. U+DC80 → `\uDC80`. */
export function notateIllegalChars(text: string): string {
	let out = '';
	for (let i = 0; i < text.length; i++) {
		out += `\\u${text.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0')}`;
	}
	return out;
}

/** Reads the `\uXXXX` notation back; null if `notation` is not in that form. */
export function readIllegalChars(notation: string): string | null {
	if (!/^(?:\\u[0-9A-Fa-f]{4})+$/.test(notation)) return null;
	let out = '';
	for (let i = 0; i < notation.length; i += 6) {
		out += String.fromCharCode(parseInt(notation.slice(i + 2, i + 6), 16));
	}
	return out;
}
