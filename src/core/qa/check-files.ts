import { checkConsistency } from './check-consistency.ts';
import { checkSegments } from './check-segments.ts';
import type { FileId } from '../model/workspace.ts';
import type { CheckName, QaProblem } from './problem.ts';
import type { FileProblems, QaFile } from './qa-file.ts';

/**
 * Runs every check over a set of files: the per-segment checks of each file with its own locale,
 * and the cross-file consistency checks over all of them. One entry per file, in the given order,
 * each list in segment order. `checks` limits what runs (all checks when absent).
 */
export function checkFiles(
	files: readonly QaFile[],
	checks?: ReadonlySet<CheckName>
): FileProblems[] {
	const wantsConsistency =
		!checks || checks.has('inconsistent-translation') || checks.has('inconsistent-source');
	const consistency = wantsConsistency ? checkConsistency(files) : new Map<FileId, QaProblem[]>();
	return files.map((file) => {
		const own = checkSegments(file.segments, {
			locale: file.locale,
			...(checks ? { checks } : {})
		});
		const across = (consistency.get(file.file) ?? []).filter((p) => !checks || checks.has(p.check));
		const problems = across.length === 0 ? own : mergeBySegment(own, across);
		return { file: file.file, problems };
	});
}

/** Both lists are in segment order; the cross-file problems go after a segment's own. */
function mergeBySegment<T extends { readonly segmentIndex: number }>(
	a: readonly T[],
	b: readonly T[]
): T[] {
	return [...a, ...b].sort((x, y) => x.segmentIndex - y.segmentIndex);
}
