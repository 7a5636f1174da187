import { cleanSxs, encodeSxsText } from '../core/index.ts';
import type { FileTask } from './file-task.ts';
import { parseLoaded } from './read-files.ts';

export interface CleanTaskOptions {
	readonly unescapeStars: boolean;
}

/** The clean target Markdown of one file, as bytes ready to write. */
export const cleanTask: FileTask<CleanTaskOptions, Uint8Array> = {
	name: 'clean',
	run(path, bytes, options) {
		const loaded = parseLoaded(path, bytes);
		if (!loaded.ok) return loaded;
		return { ok: true, value: encodeSxsText(cleanSxs(loaded.document, options)) };
	}
};
