import type { Diagnostic } from '../model/types.ts';

const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const looseDecoder = new TextDecoder('utf-8', { ignoreBOM: true });
const encoder = new TextEncoder();

/**
 * XML bytes as text, or why they are not UTF-8: UTF-16 (by BOM or a NUL after the first `<`)
 * or invalid UTF-8, with the offset of the first bad byte. A BOM stays for the caller to drop.
 * Unlike sxs files, XML gets no surrogateescape: an interchange file must be valid UTF-8.
 */
export function decodeXmlBytes(bytes: Uint8Array): string | Diagnostic {
	const isUtf16 =
		(bytes[0] === 0xff && bytes[1] === 0xfe) ||
		(bytes[0] === 0xfe && bytes[1] === 0xff) ||
		(bytes[0] === 0x3c && bytes[1] === 0);
	if (isUtf16) return refusal('xml-utf16', 'The file is UTF-16; locdiff reads UTF-8 XML only.');
	try {
		return strictDecoder.decode(bytes);
	} catch {
		const loose = looseDecoder.decode(bytes);
		const offset = encoder.encode(loose.slice(0, loose.indexOf('\uFFFD'))).length;
		return refusal(
			'xml-not-utf8',
			`The file is not valid UTF-8 (first invalid byte near offset ${offset}).`
		);
	}
}

function refusal(code: string, message: string): Diagnostic {
	return { severity: 'error', code, message, line: 0 };
}
