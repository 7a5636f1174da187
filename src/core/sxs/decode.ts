import type { Diagnostic } from '../model/types.ts';

/** Result of turning file bytes into text. A failure means the file is not text we can edit. */
export type DecodeResult =
	| { readonly ok: true; readonly text: string; readonly diagnostics: readonly Diagnostic[] }
	| { readonly ok: false; readonly error: Diagnostic };

/**
 * Decodes file bytes as UTF-8 without losing any of them.
 *
 * - A UTF-8 BOM is kept as U+FEFF at the start of the text, so writing the text back restores it.
 * - UTF-16 (by BOM or by its NUL-byte pattern) and binary files (NUL bytes) are refused.
 * - Invalid UTF-8 bytes are mapped to lone surrogates U+DC80..U+DCFF (the "surrogateescape"
 *   trick), reported once, and restored byte for byte by `encodeSxsText`. Valid UTF-8 can never
 *   produce a lone surrogate, so the mapping is unambiguous.
 */
export function decodeSxsBytes(bytes: Uint8Array): DecodeResult {
	const refused = refusalOf(bytes);
	if (refused !== null) return refused;
	try {
		return { ok: true, text: strictDecoder.decode(bytes), diagnostics: [] };
	} catch {
		return decodeWithEscapes(bytes);
	}
}

/**
 * `decodeSxsBytes`, `sliceBytes` bytes at a time: the generator yields after each slice but the
 * last and returns the same result, so a caller can spread a big file's decoding over tasks (a
 * 20 MB file takes ~100 ms to decode in one go on a busy page; issue 13.8).
 */
export function* decodeSxsBytesInSlices(
	bytes: Uint8Array,
	sliceBytes: number
): Generator<void, DecodeResult, void> {
	const refused = refusalOf(bytes);
	if (refused !== null) return refused;
	// A decoder of its own: a streaming one keeps a split character between calls.
	const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
	const parts: string[] = [];
	const step = Math.max(1, Math.floor(sliceBytes));
	try {
		for (let start = 0; start < bytes.length; start += step) {
			const end = Math.min(start + step, bytes.length);
			parts.push(decoder.decode(bytes.subarray(start, end), { stream: end < bytes.length }));
			if (end < bytes.length) yield;
		}
	} catch {
		return decodeWithEscapes(bytes);
	}
	return { ok: true, text: parts.join(''), diagnostics: [] };
}

/** Why `bytes` cannot be decoded as UTF-8 text at all (UTF-16, binary), or null. */
function refusalOf(bytes: Uint8Array): DecodeResult | null {
	const utf16 = detectUtf16(bytes);
	if (utf16) {
		return fail('utf16', `is ${utf16}, not UTF-8; save it as UTF-8 and open it again`);
	}
	// Like git, look for a NUL in the first 8 KB only: binary formats show one early, and a
	// full scan would cost a tenth of the parse. A later NUL is kept as text, losslessly.
	const nul = bytes.subarray(0, BINARY_PROBE_BYTES).indexOf(0);
	if (nul >= 0) {
		return fail('binary', `is a binary file, not text (NUL byte at offset ${nul})`);
	}
	return null;
}

/** How much of a file is searched for a NUL byte, in bytes. */
const BINARY_PROBE_BYTES = 8000;

const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const encoder = new TextEncoder();

/** Encodes text produced by `decodeSxsBytes` (or edited from it) back to the original bytes. */
export function encodeSxsText(text: string): Uint8Array {
	if (!LONE_ESCAPE.test(text)) return encoder.encode(text);
	const parts: Uint8Array[] = [];
	let start = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code >= 0xdc80 && code <= 0xdcff && !isLowHalfOfPair(text, i)) {
			parts.push(encoder.encode(text.slice(start, i)), Uint8Array.of(code - 0xdc00));
			start = i + 1;
		}
	}
	parts.push(encoder.encode(text.slice(start)));
	return concatBytes(parts);
}

/** A low surrogate U+DC80..U+DCFF that is not preceded by a high surrogate. */
const LONE_ESCAPE = /(?<![\uD800-\uDBFF])[\uDC80-\uDCFF]/;

function isLowHalfOfPair(text: string, i: number): boolean {
	const prev = i > 0 ? text.charCodeAt(i - 1) : 0;
	return prev >= 0xd800 && prev <= 0xdbff;
}

function fail(code: string, what: string): DecodeResult {
	return { ok: false, error: { severity: 'error', code, message: `The file ${what}.`, line: 0 } };
}

function detectUtf16(bytes: Uint8Array): string | null {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16 (little-endian)';
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16 (big-endian)';
	// Without a BOM, ASCII text in UTF-16 shows as every other byte being NUL.
	if (bytes.length >= 4) {
		const evenNul = bytes[0] !== 0 && bytes[1] === 0 && bytes[2] !== 0 && bytes[3] === 0;
		const oddNul = bytes[0] === 0 && bytes[1] !== 0 && bytes[2] === 0 && bytes[3] !== 0;
		if (evenNul) return 'UTF-16 (little-endian, no BOM)';
		if (oddNul) return 'UTF-16 (big-endian, no BOM)';
	}
	return null;
}

/** Slow path, only for files with invalid UTF-8: decode valid runs, escape each bad byte. */
function decodeWithEscapes(bytes: Uint8Array): DecodeResult {
	const loose = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
	let text = '';
	let runStart = 0;
	let firstBad = -1;
	let badCount = 0;
	let i = 0;
	while (i < bytes.length) {
		const length = validSequenceLength(bytes, i);
		if (length > 0) {
			i += length;
			continue;
		}
		text += loose.decode(bytes.subarray(runStart, i));
		text += String.fromCharCode(0xdc00 + (bytes[i] ?? 0));
		if (firstBad < 0) firstBad = i;
		badCount++;
		i++;
		runStart = i;
	}
	text += loose.decode(bytes.subarray(runStart));
	const line = countLines(bytes, firstBad);
	const diagnostic: Diagnostic = {
		severity: 'error',
		code: 'invalid-utf8',
		message: `The file is not valid UTF-8: ${badCount} invalid byte(s), the first at offset ${firstBad}. They are kept as they are.`,
		line
	};
	return { ok: true, text, diagnostics: [diagnostic] };
}

/** Length of the well-formed UTF-8 sequence at `i` (RFC 3629), or 0 if it is invalid. */
function validSequenceLength(bytes: Uint8Array, i: number): number {
	const b0 = bytes[i] ?? 0;
	if (b0 < 0x80) return 1;
	const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => {
		const b = bytes[i + k];
		return b !== undefined && b >= lo && b <= hi;
	};
	if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
	if (b0 === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
	if (b0 === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
	if (b0 >= 0xe1 && b0 <= 0xef) return cont(1) && cont(2) ? 3 : 0;
	if (b0 === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
	if (b0 >= 0xf1 && b0 <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
	if (b0 === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
	return 0;
}

function countLines(bytes: Uint8Array, end: number): number {
	let line = 1;
	for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) line++;
	return line;
}

function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
	let total = 0;
	for (const part of parts) total += part.length;
	const out = new Uint8Array(total);
	let offset = 0;
	for (const part of parts) {
		out.set(part, offset);
		offset += part.length;
	}
	return out;
}
