import { encodeSxsText, serializeSxs } from '../core/index.ts';
import type { FileTask } from './file-task.ts';
import { parseLoaded } from './read-files.ts';

export interface RoundtripResult {
	readonly segments: number;
	/** First differing byte between the file and its parse written back, or -1 when equal. */
	readonly mismatchAt: number;
}

/** Parses a file, writes it back with no edits, and compares the bytes with the input. */
export const roundtripTask: FileTask<null, RoundtripResult> = {
	name: 'roundtrip',
	run(path, bytes) {
		const loaded = parseLoaded(path, bytes);
		if (!loaded.ok) return loaded;
		const written = encodeText(serializeSxs(loaded.document).text);
		return {
			ok: true,
			value: {
				segments: loaded.document.segments.length,
				mismatchAt: firstDifference(bytes, written)
			}
		};
	}
};

const encoder = new TextEncoder();

/**
 * `encodeSxsText`, with a native fast path: text with no lone surrogate (every file `parseLoaded`
 * accepts, since valid UTF-8 never decodes to one) is plain UTF-8, and `isWellFormed` (Node 20)
 * finds that faster than the core's portable regular expression.
 */
function encodeText(text: string): Uint8Array {
	const native = text as { isWellFormed?: () => boolean };
	return native.isWellFormed?.() ? encoder.encode(text) : encodeSxsText(text);
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
