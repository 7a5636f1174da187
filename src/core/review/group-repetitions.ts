import type { ReviewFile, SegmentRef } from './review-file.ts';

/** Segments of the open files that share one source. */
export interface RepetitionGroup {
	/** The shared source, as in its first segment. */
	readonly source: string;
	/** Two or more segments, in file then segment order. */
	readonly members: readonly SegmentRef[];
}

/**
 * Groups the segments with the same source across the open files (whitespace runs and the edges
 * do not count; case and punctuation do: "Save." and "Save" may want different translations).
 * Sources with no letter or digit (a lone `**` or `|`) are not repetitions. Groups come in the
 * order of their first segment.
 */
export function groupRepetitions(files: readonly ReviewFile[]): RepetitionGroup[] {
	const groups = new Map<string, { source: string; members: SegmentRef[] }>();
	for (const file of files) {
		file.segments.forEach((segment, segmentIndex) => {
			if (!HAS_WORD.test(segment.source)) return;
			const key = segment.source.replace(/\s+/g, ' ').trim();
			const ref = { file: file.file, segmentIndex, segmentId: segment.id };
			const group = groups.get(key);
			if (group) group.members.push(ref);
			else groups.set(key, { source: segment.source, members: [ref] });
		});
	}
	return [...groups.values()].filter((group) => group.members.length > 1);
}

const HAS_WORD = /[\p{L}\p{N}]/u;
