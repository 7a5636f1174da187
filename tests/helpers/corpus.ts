/**
 * Finds the shared fixture corpus (`../shared/corpus`, next to the repo; see its MANIFEST.md).
 * The corpus is not part of the repo: a fresh clone has no `../shared`, and corpus tests must then
 * skip with a clear message instead of failing or silently passing.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';

/** Absolute path of the corpus folder, or null when it is absent. */
export const corpusDir: string | null = findCorpusDir();

if (corpusDir === null) {
	// Once per test file that imports this helper: enough to explain the skipped suites.
	console.warn('../shared/corpus not found: corpus tests skipped');
}

/** `describe` for suites that read the corpus: skipped (and reported as such) when it is absent. */
export const describeCorpus = describe.skipIf(corpusDir === null);

/**
 * Absolute path of a file or folder inside the corpus, e.g. `corpusPath('versions', name)`.
 * Call it inside tests, not while collecting them: it throws when the corpus is absent.
 */
export function corpusPath(...parts: string[]): string {
	if (corpusDir === null) throw new Error('corpusPath called without a corpus: use describeCorpus');
	return join(corpusDir, ...parts);
}

/**
 * Sorted names (not paths) of the files in a corpus subfolder, e.g. `listCorpusFiles('clean')`.
 * Empty without a corpus: vitest still runs the body of a skipped `describe` to collect its tests,
 * so `it.each(listCorpusFiles(...))` must not throw there.
 */
export function listCorpusFiles(subfolder: string): string[] {
	if (corpusDir === null) return [];
	return readdirSync(corpusPath(subfolder), { withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => entry.name)
		.sort();
}

function findCorpusDir(): string | null {
	// Relative to this file, not to the working directory, so any runner and any cwd agree.
	const dir = fileURLToPath(new URL('../../../shared/corpus', import.meta.url));
	return existsSync(dir) ? dir : null;
}
