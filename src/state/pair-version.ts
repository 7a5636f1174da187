/**
 * Which open file a newer version belongs to (Update to new version): the one at the same path,
 * else the one with the same file name, else one of the same document in the same locale.
 */
import { isSameDocument } from '../core/index.ts';
import type { FileEntry } from './file-entry.ts';

export function pairWithOpen(incoming: FileEntry, open: readonly FileEntry[]): FileEntry | null {
	const loaded = open.filter((file) => file.summary.ok);
	const name = (path: string): string => path.slice(path.lastIndexOf('/') + 1);
	const localeOf = (file: FileEntry): string | null =>
		file.summary.ok ? file.summary.locale : null;
	return (
		loaded.find((file) => file.path === incoming.path) ??
		loaded.find((file) => name(file.path) === name(incoming.path)) ??
		loaded.find(
			(file) =>
				localeOf(file) === localeOf(incoming) &&
				isSameDocument(
					{ path: file.path, locFileId: file.summary.ok ? file.summary.locFileId : undefined },
					{
						path: incoming.path,
						locFileId: incoming.summary.ok ? incoming.summary.locFileId : undefined
					}
				)
		) ??
		null
	);
}
