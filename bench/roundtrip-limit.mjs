/**
 * The physical limit `npm run bench` compares `locdiff roundtrip` with: the plainest Node program
 * doing the same work over the same files, whole process. One thread, synchronous reads: read,
 * decode (strict UTF-8), scan for the segment sentinels with indexOf, re-encode, compare bytes.
 * Usage: node bench/roundtrip-limit.mjs FOLDER  (prints "N files, S sentinels")
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const NEEDLES = ['<span data-ttu-id="', '</span><span class="sxs-lookup">', '</span></span>'];
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const encoder = new TextEncoder();
let files = 0;
let found = 0;

function visit(dir) {
	const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
		a.name < b.name ? -1 : a.name > b.name ? 1 : 0
	);
	for (const entry of entries) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) visit(path);
		else if (entry.name.endsWith('.md')) check(readFileSync(path));
	}
}

function check(bytes) {
	files++;
	const text = decoder.decode(bytes);
	for (const needle of NEEDLES)
		for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) found++;
	const written = encoder.encode(text);
	if (!Buffer.from(written.buffer, written.byteOffset, written.byteLength).equals(bytes))
		throw new Error('the limit program expects text that round-trips through UTF-8');
}

visit(process.argv[2] ?? '.');
console.log(`${files} files, ${found} sentinels`);
