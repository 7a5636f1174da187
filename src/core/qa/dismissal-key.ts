import { sha256Hex } from '../workspace-backup/sha256.ts';
import type { QaProblem } from './problem.ts';
import type { TextRange } from './token.ts';

/**
 * The identity of a problem for remembering that the translator dismissed it: a SHA-256 over the
 * check, the segment id, the message and the segment's source and translation texts. It stays the
 * same across reloads, re-imports and edits elsewhere, and changes when the segment's source or
 * translation changes, so a dismissed problem comes back only then (issue 10; the complaint of
 * Weblate #3394). The message and the ranges tell two problems of one check in one segment apart;
 * they follow from the segment's texts only, so they are as stable as those. The consistency checks' messages
 * quote other segments, so they are left out there (those checks give a segment one problem each).
 */
export function dismissalKey(problem: QaProblem, source: string, translation: string): string {
	const discriminator = problem.check.startsWith('inconsistent-')
		? ''
		: `${problem.message}\u0000${at(problem.range)}\u0000${at(problem.sourceRange)}`;
	const identity = [problem.check, problem.segmentId, discriminator, source, translation].join(
		'\u0000'
	);
	return sha256Hex(ENCODER.encode(identity));
}

const ENCODER = new TextEncoder();

function at(range: TextRange | null): string {
	return range ? `${range.start}-${range.end}` : '';
}
