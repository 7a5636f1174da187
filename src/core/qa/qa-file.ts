import type { FileId } from '../model/workspace.ts';
import type { QaProblem, QaSegment } from './problem.ts';

/** A file as the cross-file checks read it. */
export interface QaFile {
	readonly file: FileId;
	/** The translation's locale (`ms.contentlocale`, else from the path), or null when unknown. */
	readonly locale: string | null;
	/** The segments in file order, with the translations to check. */
	readonly segments: readonly QaSegment[];
}

/** The problems of one file, in segment order. */
export interface FileProblems {
	readonly file: FileId;
	readonly problems: readonly QaProblem[];
}
