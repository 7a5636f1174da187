import type { Output } from './output.ts';
import { reportUnreadable } from './output.ts';
import { loadFile, type LoadedFile } from './read-files.ts';

type Loaded = Extract<LoadedFile, { ok: true }>;

/** Loads every file; each unreadable one is named on stderr, and then the result is null. */
export async function loadAll(output: Output, paths: readonly string[]): Promise<Loaded[] | null> {
	const loaded = await Promise.all(paths.map(loadFile));
	const good: Loaded[] = [];
	for (const file of loaded) {
		if (file.ok) good.push(file);
		else reportUnreadable(output, file.path, file.reason);
	}
	return good.length === loaded.length ? good : null;
}
