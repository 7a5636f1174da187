import type { Segment } from '../model/types.ts';
import type { Edits, FileId } from '../model/workspace.ts';

/** An open file as search, replace, repetitions and matches read it: parsed segments plus edits. */
export interface ReviewFile {
	readonly file: FileId;
	readonly segments: readonly Segment[];
	/** The translator's edits by segment id; a segment without one has its loaded translation. */
	readonly edits: Edits;
}

/** Where a segment is among the files: the file and the segment's 0-based index in it. */
export interface SegmentRef {
	readonly file: FileId;
	readonly segmentIndex: number;
	readonly segmentId: string;
}

/** The translation of a segment as it stands now: its edit, else the loaded text. */
export function currentTranslation(file: ReviewFile, segment: Segment): string {
	return file.edits.get(segment.id) ?? segment.translation;
}
