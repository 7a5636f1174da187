import { zipSync, type Zippable } from 'fflate';

export interface ZipEntry {
	/** Relative path inside the zip, forward slashes. */
	readonly path: string;
	readonly bytes: Uint8Array;
}

/**
 * Above this many bytes in total the files are stored, not deflated: deflating 30 MB takes
 * seconds of main-thread time, while storing is a copy plus a CRC. Small exports still shrink.
 */
const DEFLATE_LIMIT_BYTES = 4 * 1024 * 1024;

/** One zip holding every entry at its relative path. Later duplicates of a path win. */
export function zipFiles(entries: readonly ZipEntry[]): Uint8Array {
	const total = entries.reduce((sum, entry) => sum + entry.bytes.length, 0);
	const level = total > DEFLATE_LIMIT_BYTES ? 0 : 6;
	const tree: Zippable = {};
	for (const entry of entries) tree[entry.path] = [entry.bytes, { level }];
	return zipSync(tree);
}
