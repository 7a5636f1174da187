import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../../src/core/index.ts';

describe('sha256Hex', () => {
	it('gives the FIPS 180-4 digests of the standard examples', () => {
		const encode = (text: string) => new TextEncoder().encode(text);
		expect(sha256Hex(encode(''))).toBe(
			'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
		);
		expect(sha256Hex(encode('abc'))).toBe(
			'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
		);
		expect(sha256Hex(encode('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))).toBe(
			'248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'
		);
	});

	it('pads every length around the 64-byte block edges correctly', () => {
		for (let length = 0; length <= 130; length++) {
			const bytes = Uint8Array.from({ length }, (_, i) => (i * 31) & 0xff);
			expect(sha256Hex(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
		}
	});

	it('agrees with node:crypto on any bytes, including views into larger buffers', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 300 }), fc.nat(7), (bytes, offset) => {
				const padded = new Uint8Array(bytes.length + offset);
				padded.set(bytes, offset);
				const view = padded.subarray(offset);
				expect(sha256Hex(view)).toBe(createHash('sha256').update(bytes).digest('hex'));
			})
		);
	});
});
