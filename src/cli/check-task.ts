import { checkSegments, localeFromPath, type QaProblem } from '../core/index.ts';
import type { PlacedProblem } from './check-format.ts';
import { parsedFileTask } from './file-task.ts';

/** A segment as the cross-file checks and the placing of their problems need it, after the task. */
export interface CheckedSegment {
	readonly id: string;
	readonly source: string;
	readonly translation: string;
	/** 1-based line and column of the translation's start in the file. */
	readonly line: number;
	readonly column: number;
}

/** A problem placed in its file, with its segment's index for merging with the cross-file ones. */
export interface IndexedProblem {
	readonly segmentIndex: number;
	readonly placed: PlacedProblem;
}

export interface CheckTaskResult {
	readonly locale: string | null;
	readonly segments: readonly CheckedSegment[];
	/** The file's own problems (every check but the cross-file ones), in segment order. */
	readonly problems: readonly IndexedProblem[];
}

/**
 * The per-file half of `locdiff check`: parse, run the per-segment checks and place each problem
 * at its line and column. It runs in worker threads with `--jobs`; the consistency checks, which
 * compare all the files, run afterwards in the main thread on the segments it hands back.
 */
export const checkTask = parsedFileTask('check', ({ path, document }): CheckTaskResult => {
	const locale = document.frontMatter?.contentLocale ?? localeFromPath(path);
	const segments = document.segments.map((s) => ({
		id: s.id,
		source: s.source,
		translation: s.translation,
		line: s.line,
		column: s.column
	}));
	const problems = checkSegments(document.segments, { locale }).map((problem) => ({
		segmentIndex: problem.segmentIndex,
		placed: placeProblem(path, segments, problem)
	}));
	return { locale, segments, problems };
});

/** A problem's line and column in the file: the translation's start, plus the range's offset. */
export function placeProblem(
	file: string,
	segments: readonly CheckedSegment[],
	problem: QaProblem
): PlacedProblem {
	const segment = segments[problem.segmentIndex];
	let line = segment?.line ?? 1;
	let column = segment?.column ?? 1;
	const offset = problem.range?.start ?? 0;
	if (segment && offset > 0) {
		const before = segment.translation.slice(0, offset);
		const lastBreak = before.lastIndexOf('\n');
		if (lastBreak < 0) column += offset;
		else {
			line += before.split('\n').length - 1;
			column = offset - lastBreak;
		}
	}
	return {
		file,
		id: problem.segmentId,
		line,
		column,
		check: problem.check,
		severity: problem.severity,
		message: problem.message
	};
}
