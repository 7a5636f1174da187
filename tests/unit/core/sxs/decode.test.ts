import { describe, expect, it } from 'vitest';
import {
	decodeSxsBytes,
	encodeSxsText,
	parseSxsBytes,
	serializeSxs
} from '../../../../src/core/index.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const SEGMENT =
	'<span data-ttu-id="a1b2c-101">Ein</span><span class="sxs-lookup"><span data-stu-id="a1b2c-101">One</span></span>';

describe('decodeSxsBytes', () => {
	it('keeps a UTF-8 BOM as U+FEFF so it is written back', () => {
		const bytes = Uint8Array.of(0xef, 0xbb, 0xbf, ...utf8('# Titel\n'));
		const decoded = decodeSxsBytes(bytes);
		expect(decoded.ok && decoded.text.charCodeAt(0)).toBe(0xfeff);
		expect(decoded.ok && encodeSxsText(decoded.text)).toEqual(bytes);
	});

	it('refuses UTF-16 with a BOM, naming the encoding', () => {
		for (const bom of [
			[0xff, 0xfe],
			[0xfe, 0xff]
		]) {
			const decoded = decodeSxsBytes(Uint8Array.of(...bom, 0x23, 0x00));
			expect(decoded.ok).toBe(false);
			expect(!decoded.ok && decoded.error.code).toBe('utf16');
			expect(!decoded.ok && decoded.error.message).toMatch(/UTF-16/);
		}
	});

	it('refuses UTF-16 without a BOM by its NUL pattern', () => {
		const decoded = decodeSxsBytes(Uint8Array.of(0x23, 0x00, 0x20, 0x00, 0x41, 0x00));
		expect(!decoded.ok && decoded.error.code).toBe('utf16');
	});

	it('refuses binary files', () => {
		const png = Uint8Array.of(
			0x89,
			0x50,
			0x4e,
			0x47,
			0x0d,
			0x0a,
			0x1a,
			0x0a,
			0x00,
			0x00,
			0x00,
			0x0d
		);
		const decoded = decodeSxsBytes(png);
		expect(!decoded.ok && decoded.error.code).toBe('binary');
	});

	it('keeps a NUL byte past the first 8 KB as text, byte for byte', () => {
		const bytes = Uint8Array.of(...utf8(`${SEGMENT}\n${'x'.repeat(9000)}`), 0, ...utf8('\n'));
		const decoded = decodeSxsBytes(bytes);
		expect(decoded.ok).toBe(true);
		expect(decoded.ok && encodeSxsText(decoded.text)).toEqual(bytes);
	});

	it('keeps invalid UTF-8 bytes, reports them, and still parses the rest', () => {
		const bytes = Uint8Array.of(
			...utf8(`${SEGMENT}\nbad: `),
			0xff,
			0xc3,
			0x28,
			...utf8('\n'),
			0xe2,
			0x82
		);
		const parsed = parseSxsBytes(bytes);
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		expect(parsed.document.segments.map((s) => s.translation)).toEqual(['Ein']);
		expect(parsed.document.diagnostics[0]).toMatchObject({
			code: 'invalid-utf8',
			severity: 'error',
			line: 2
		});
		expect(encodeSxsText(serializeSxs(parsed.document).text)).toEqual(bytes);
		const edited = serializeSxs(parsed.document, new Map([['a1b2c-101', 'Eins']])).text;
		expect(encodeSxsText(edited)).toEqual(
			Uint8Array.of(
				...utf8(`${SEGMENT.replace('>Ein<', '>Eins<')}\nbad: `),
				0xff,
				0xc3,
				0x28,
				...utf8('\n'),
				0xe2,
				0x82
			)
		);
	});

	it('keeps characters outside the Basic Multilingual Plane and real low surrogates', () => {
		const text = `${SEGMENT} 𝄞 \u{1F600} \u{10080}\n`;
		const decoded = decodeSxsBytes(utf8(text));
		expect(decoded.ok && decoded.text).toBe(text);
		expect(encodeSxsText(text)).toEqual(utf8(text));
	});
});
