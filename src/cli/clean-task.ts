import { cleanSxs, encodeSxsText } from '../core/index.ts';
import { parsedFileTask } from './file-task.ts';

export interface CleanTaskOptions {
	readonly unescapeStars: boolean;
}

/** The clean target Markdown of one file, as bytes ready to write. */
export const cleanTask = parsedFileTask('clean', ({ document }, options: CleanTaskOptions) =>
	encodeSxsText(cleanSxs(document, options))
);
