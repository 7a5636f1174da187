/**
 * Parsed documents of open files, by their bytes. The worker only sends counts; the file on screen
 * and the files it is compared with are parsed here, once per version of their bytes (a weak
 * map: a closed or replaced file's document goes with its bytes).
 */
import { parseSxsBytes, type SxsDocument } from '../core/index.ts';

const documents = new WeakMap<Uint8Array, SxsDocument | null>();

export function documentOf(bytes: Uint8Array): SxsDocument | null {
	let document = documents.get(bytes);
	if (document === undefined) {
		const parsed = parseSxsBytes(bytes);
		document = parsed.ok ? parsed.document : null;
		documents.set(bytes, document);
	}
	return document;
}
