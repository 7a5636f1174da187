import { basename, join, relative } from 'node:path';
import { walkPaths } from './read-files.ts';

/** An input file and where its output goes. */
export interface Mapped {
	readonly path: string;
	readonly out: string;
}

/**
 * Walks `paths` like `walkPaths` and maps each file into `outDir`: a file found in a folder
 * keeps its path below that folder, a file given by name keeps its name.
 */
export async function* mapIntoFolder(
	paths: readonly string[],
	outDir: string
): AsyncGenerator<Mapped> {
	for (const root of paths) {
		for await (const path of walkPaths([root])) {
			const below = path === root ? basename(path) : relative(root, path);
			yield { path, out: join(outDir, below) };
		}
	}
}
