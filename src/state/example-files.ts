/**
 * Which open files are the built-in examples (issue 13, item 7): the path and the very bytes of
 * an example. They help on the first screen, and must never pollute real work: they close when
 * real files are opened (unless edited) and are left out of exports of real files.
 */
import { encodeSxsText } from '../core/index.ts';
import type { ExampleFile } from '../examples/index.ts';
import { isSameBytes, type FileEntry } from './file-entry.ts';

export function exampleMatcher(examples: readonly ExampleFile[]): (entry: FileEntry) => boolean {
	const bytesByPath = new Map(
		examples.map((example) => [example.path, encodeSxsText(example.text)])
	);
	return (entry) => {
		const bytes = bytesByPath.get(entry.path);
		return bytes !== undefined && isSameBytes(bytes, entry.bytes);
	};
}

/** What an export of all files takes: the examples only when nothing else is open. */
export function filesToExport(
	files: readonly FileEntry[],
	isExample: (entry: FileEntry) => boolean
): readonly FileEntry[] {
	const real = files.filter((entry) => !isExample(entry));
	return real.length > 0 ? real : files;
}
