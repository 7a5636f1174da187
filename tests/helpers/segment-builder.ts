/**
 * Builds Segment records for alignment tests without writing sxs markup. Only `number` and
 * `source` matter to the aligner; the rest is filled with plausible values.
 */
import type { Segment, SegmentId } from '../../src/core/model/types.ts';

/** One segment as `[number, source]`, e.g. `['103', 'Select **Save**.']` or `['p101', 'A. B.']`. */
export type SegmentSpec = readonly [number: string, source: string];

/** Segments of one file with the given 5-hex-digit key, in the given order. */
export function buildSegments(fileKey: string, specs: readonly SegmentSpec[]): Segment[] {
	let offset = 0;
	return specs.map(([number, source], index) => {
		const translation = `[${fileKey}] ${source}`;
		const segmentStart = offset;
		offset += translation.length + source.length + 100;
		return {
			id: `${fileKey}-${number}` as SegmentId,
			fileKey,
			number,
			isMerged: number.startsWith('p'),
			translation,
			source,
			translationStart: segmentStart + 30,
			translationEnd: segmentStart + 30 + translation.length,
			segmentStart,
			segmentEnd: offset,
			line: index + 1,
			column: 31,
			context: 'paragraph'
		};
	});
}

/** Segments numbered 102, 103, ... (body numbering after a translated title), one per source. */
export function numberedSegments(
	fileKey: string,
	sources: readonly string[],
	first = 102
): Segment[] {
	return buildSegments(
		fileKey,
		sources.map((source, index): SegmentSpec => [String(first + index), source])
	);
}

/** The id a builder gives to `number` in the file with key `fileKey`. */
export function idOf(fileKey: string, number: string): SegmentId {
	return `${fileKey}-${number}` as SegmentId;
}
