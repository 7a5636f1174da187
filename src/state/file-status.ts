/**
 * What a file's summary means for the list and the counts: a file with no segments (plain
 * Markdown, an empty file) opened fine and has nothing to translate; only a file that could not
 * be read or parsed is a failure, red in the list and counted in the status's `K failed`.
 */
import type { FileSummary } from './file-entry.ts';

/** The code summarize.ts gives a file that parsed but holds no bilingual segment. */
export const NO_SEGMENTS_CODE = 'no-segments';

/** True for a file that parsed but has no segments: neutral, not a failure. */
export function hasNoSegments(summary: FileSummary): boolean {
	return !summary.ok && summary.error.code === NO_SEGMENTS_CODE;
}

/** True only for a real failure (unreadable, binary, not decodable, malformed). */
export function isFailedFile(summary: FileSummary): boolean {
	return !summary.ok && summary.error.code !== NO_SEGMENTS_CODE;
}
