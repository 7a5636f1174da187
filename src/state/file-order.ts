/**
 * The order the file list shows: by path in natural order (`file2` before `file10`), narrowed by
 * the filter. Alt+Up/Down walks this order too, so the keys follow what the translator sees, not
 * the order in which files happened to be opened.
 */
import type { FileEntry } from './file-entry.ts';

/** Numeric collation: digit runs compare as numbers, so `ch2` sorts before `ch10`. */
const PATH_COLLATOR = new Intl.Collator(undefined, { numeric: true });

/** The files sorted by path in natural order; a new array, the input is left as it is. */
export function sortFilesByPath(files: readonly FileEntry[]): FileEntry[] {
	return [...files].sort((a, b) => PATH_COLLATOR.compare(a.path, b.path));
}

/** The files whose path contains `filter` (case-insensitive, trimmed); all of them when empty. */
export function filterFiles(files: readonly FileEntry[], filter: string): readonly FileEntry[] {
	const needle = filter.trim().toLowerCase();
	if (needle === '') return files;
	return files.filter((file) => file.path.toLowerCase().includes(needle));
}

/**
 * The file `direction` steps away from `currentId` in `order`. From a file that is not in the
 * order (filtered out), Down goes to the first file and Up to the last. Null at either end.
 */
export function neighbourIn<T extends { readonly id: string }>(
	order: readonly T[],
	currentId: string | null,
	direction: 1 | -1
): T | null {
	const index = order.findIndex((file) => file.id === currentId);
	if (index < 0) return (direction === 1 ? order[0] : order[order.length - 1]) ?? null;
	return order[index + direction] ?? null;
}
