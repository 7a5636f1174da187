import type { FileWordCount, WordCount } from './count-words.ts';

/** The workspace's counts: all files, and split by translation type. */
export interface WordCountTotals {
	readonly total: WordCount;
	/** Files with `ms.translationtype: MT`. */
	readonly mt: WordCount;
	/** Files with `ms.translationtype: HT`. */
	readonly ht: WordCount;
	/** Files without a translation type. */
	readonly unknown: WordCount;
}

/** Adds file counts up, overall and by MT / HT. */
export function sumWordCounts(files: readonly FileWordCount[]): WordCountTotals {
	const add = (list: readonly FileWordCount[]): WordCount => ({
		segments: list.reduce((sum, f) => sum + f.segments, 0),
		sourceWords: list.reduce((sum, f) => sum + f.sourceWords, 0),
		targetWords: list.reduce((sum, f) => sum + f.targetWords, 0)
	});
	return {
		total: add(files),
		mt: add(files.filter((f) => f.translationType === 'MT')),
		ht: add(files.filter((f) => f.translationType === 'HT')),
		unknown: add(files.filter((f) => f.translationType === null))
	};
}
