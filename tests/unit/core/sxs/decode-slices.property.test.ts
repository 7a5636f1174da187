import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeSxsBytes, decodeSxsBytesInSlices } from '../../../../src/core/index.ts';
import { drain as drainSteps } from '../../../helpers/drain.ts';

/** The sliced decoder run to its end: its result and how often it yielded. */
const drain = (bytes: Uint8Array, sliceBytes: number) =>
	drainSteps(decodeSxsBytesInSlices(bytes, sliceBytes));

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Text with multi-byte characters, so slices fall inside them. */
const multiByteText = fc.string({
	unit: fc.constantFrom('a', ' ', '\n', 'ä', 'ß', '中', '😀', '\u200f', '<', '>')
});

describe('decodeSxsBytesInSlices', () => {
	it('decodes to what decodeSxsBytes returns, wherever the slices cut (property)', () => {
		fc.assert(
			fc.property(multiByteText, fc.integer({ min: 1, max: 17 }), (text, sliceBytes) => {
				const bytes = utf8(text);
				expect(drain(bytes, sliceBytes).result).toEqual(decodeSxsBytes(bytes));
			})
		);
	});

	it('agrees with decodeSxsBytes on any bytes: invalid UTF-8, BOMs, NULs (property)', () => {
		const anyBytes = fc.uint8Array({ maxLength: 64 });
		fc.assert(
			fc.property(anyBytes, fc.integer({ min: 1, max: 9 }), (bytes, sliceBytes) => {
				expect(drain(bytes, sliceBytes).result).toEqual(decodeSxsBytes(bytes));
			})
		);
	});

	it('yields once between each slice, never after the last', () => {
		const bytes = utf8('x'.repeat(10));
		expect(drain(bytes, 4).yields).toBe(2);
		expect(drain(bytes, 10).yields).toBe(0);
		expect(drain(new Uint8Array(0), 4)).toEqual({
			result: { ok: true, text: '', diagnostics: [] },
			yields: 0
		});
	});

	it('reports a character cut off at the end of the file as an invalid byte', () => {
		const cut = utf8('Grüße').subarray(0, 3); // "Gr" and the first byte of "ü"
		const { result } = drain(cut, 1);
		expect(result.ok && result.diagnostics[0]?.code).toBe('invalid-utf8');
		expect(result).toEqual(decodeSxsBytes(cut));
	});
});
