/** Builds open files (`ReviewFile`) from `[source, translation]` pairs, through the real parser. */
import { parseSxs } from '../../src/core/sxs/parse.ts';
import { toFileId, type Edits } from '../../src/core/model/workspace.ts';
import type { ReviewFile } from '../../src/core/review/review-file.ts';
import { segmentMarkup } from './sxs-builders.ts';

/** A file named `name` (its key is `name` padded to five characters) with one segment per pair. */
export function reviewFile(
	name: string,
	pairs: readonly (readonly [source: string, translation: string])[],
	edits: Edits = new Map()
): ReviewFile {
	const key = name.padEnd(5, '0').slice(0, 5);
	const text = pairs
		.map(([source, translation], i) => segmentMarkup(`${key}-${101 + i}`, translation, source))
		.join('\n\n');
	return { file: toFileId(name), segments: parseSxs(text).segments, edits };
}
