import { createFilePatch } from './create-file-patch.ts';

/** One file of a multi-file patch: its relative path, its original text and its edited text. */
export interface PatchFile {
	/** Relative path with `/` separators, as the repository names it (the workspace's FileId). */
	readonly path: string;
	/** The text as loaded (decoded, `decodeSxsBytes`). */
	readonly original: string;
	/** The text as exported. */
	readonly edited: string;
}

/**
 * One unified diff of every edited file against its original (the app's Export patch), in the
 * given order. Unchanged files are skipped; with no changed file the result is '' (there is
 * nothing to apply, and a header-only patch would be rejected). Apply it at the repository root
 * with `git apply` or `patch -p1`.
 */
export function createMultiFilePatch(files: readonly PatchFile[]): string {
	return files.map((file) => createFilePatch(file.path, file.original, file.edited)).join('');
}
