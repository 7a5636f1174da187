import type { Segment } from '../model/types.ts';

/**
 * A segment as the aligner sees it: its position in its document and its normalized source.
 * Positions, not ids, are what the helpers pass around, so that two segments with the same source
 * (a heading used twice) always stay distinct.
 */
export interface AlignItem {
	/** 0-based position of the segment in its document's segment list. */
	readonly index: number;
	readonly segment: Segment;
	/** `normalizeSource(segment.source)`, computed once per segment. */
	readonly key: string;
}
