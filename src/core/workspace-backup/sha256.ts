/**
 * SHA-256 (FIPS 180-4) in plain TypeScript. The backup names each file's digest so damage is
 * caught on import and a person can check a file with `sha256sum`. Not `crypto.subtle`: it is
 * async, missing on plain-http origins (a LAN static host), and absent from the core's host API.
 */

const K = new Uint32Array([
	0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
	0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
	0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
	0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
	0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
	0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
	0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
	0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
]);

/** The digest of `bytes` as 64 lowercase hex digits. */
export function sha256Hex(bytes: Uint8Array): string {
	const hash = new Uint32Array([
		0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19
	]);
	const words = new Uint32Array(64);
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const fullBlocks = Math.floor(bytes.byteLength / 64);
	for (let block = 0; block < fullBlocks; block++) {
		for (let i = 0; i < 16; i++) words[i] = view.getUint32(block * 64 + i * 4);
		compress(hash, words);
	}
	// The tail, a 1 bit, zeros, and the length in bits as a 64-bit big-endian number.
	const rest = bytes.byteLength - fullBlocks * 64;
	const tail = new Uint8Array(rest < 56 ? 64 : 128);
	tail.set(bytes.subarray(fullBlocks * 64));
	tail[rest] = 0x80;
	const tailView = new DataView(tail.buffer);
	const bits = bytes.byteLength * 8;
	tailView.setUint32(tail.length - 8, Math.floor(bits / 0x1_0000_0000));
	tailView.setUint32(tail.length - 4, bits >>> 0);
	for (let offset = 0; offset < tail.length; offset += 64) {
		for (let i = 0; i < 16; i++) words[i] = tailView.getUint32(offset + i * 4);
		compress(hash, words);
	}
	return Array.from(hash, (word) => word.toString(16).padStart(8, '0')).join('');
}

/** One 64-byte block; `words` holds its 16 big-endian words and is extended in place. */
function compress(hash: Uint32Array, words: Uint32Array): void {
	for (let i = 16; i < 64; i++) {
		const w15 = words[i - 15]!;
		const w2 = words[i - 2]!;
		const s0 = rotr(w15, 7) ^ rotr(w15, 18) ^ (w15 >>> 3);
		const s1 = rotr(w2, 17) ^ rotr(w2, 19) ^ (w2 >>> 10);
		words[i] = (words[i - 16]! + s0 + words[i - 7]! + s1) | 0;
	}
	let a = hash[0]!;
	let b = hash[1]!;
	let c = hash[2]!;
	let d = hash[3]!;
	let e = hash[4]!;
	let f = hash[5]!;
	let g = hash[6]!;
	let h = hash[7]!;
	for (let i = 0; i < 64; i++) {
		const s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
		const choice = (e & f) ^ (~e & g);
		const t1 = (h + s1 + choice + K[i]! + words[i]!) | 0;
		const s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
		const majority = (a & b) ^ (a & c) ^ (b & c);
		const t2 = (s0 + majority) | 0;
		h = g;
		g = f;
		f = e;
		e = (d + t1) | 0;
		d = c;
		c = b;
		b = a;
		a = (t1 + t2) | 0;
	}
	const next = [a, b, c, d, e, f, g, h];
	for (let i = 0; i < 8; i++) hash[i] = (hash[i]! + next[i]!) | 0;
}

function rotr(value: number, count: number): number {
	return (value >>> count) | (value << (32 - count));
}
