import { serializeSxs } from '../core/index.ts';
import { parsedFileTask } from './file-task.ts';

export interface RoundtripResult {
	readonly segments: number;
	/** First differing byte between the file and its parse written back, or -1 when equal. */
	readonly mismatchAt: number;
}

/** Parses a file, writes it back with no edits, and compares the bytes with the input. */
export const roundtripTask = parsedFileTask('roundtrip', ({ bytes, document }): RoundtripResult => {
	const written = encodeText(serializeSxs(document).text);
	return { segments: document.segments.length, mismatchAt: firstDifference(bytes, written) };
});

const encoder = new TextEncoder();
// One scratch buffer per thread, grown on demand: encoding into it skips an allocation (and its
// garbage) per file, which is about half the cost of encoding.
let scratch = new Uint8Array(1 << 20);

/**
 * The UTF-8 bytes of `text`, in the scratch buffer (valid until the next call). Plain UTF-8
 * equals `encodeSxsText` here: `parseLoaded` accepts only valid UTF-8, which never decodes to the
 * lone surrogates that `encodeSxsText` maps back to raw bytes. Should a bug ever put one in,
 * it is written as U+FFFD and shows up as a mismatch, as it must.
 */
function encodeText(text: string): Uint8Array {
	// UTF-8 needs at most 3 bytes per UTF-16 code unit.
	if (scratch.length < text.length * 3) scratch = new Uint8Array(text.length * 3);
	return scratch.subarray(0, encoder.encodeInto(text, scratch).written);
}

// Bytes compared natively per block before the first differing block is searched byte by byte.
const BLOCK = 4096;

/** Index of the first differing byte, or -1 when equal; the equal case is one native compare. */
export function firstDifference(a: Uint8Array, b: Uint8Array): number {
	const left = Buffer.from(a.buffer, a.byteOffset, a.byteLength);
	const right = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
	if (left.equals(right)) return -1;
	const length = Math.min(left.length, right.length);
	for (let block = 0; block < length; block += BLOCK) {
		const end = Math.min(block + BLOCK, length);
		if (left.subarray(block, end).equals(right.subarray(block, end))) continue;
		for (let i = block; i < end; i++) if (left[i] !== right[i]) return i;
	}
	return length;
}
