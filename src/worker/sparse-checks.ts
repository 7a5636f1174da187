/**
 * Token-check answers in a shape that is cheap to post (issue 13.8): only the pairs with
 * problems, by index. Structured-cloning 65,000 empty checks costs the main thread ~50 ms to read.
 */
import type { TokenCheck } from '../core/index.ts';

/** Checks with problems, by pair index; every other pair of `count` has none. */
export interface SparseChecks {
	readonly count: number;
	readonly withProblems: readonly (readonly [number, TokenCheck])[];
}

export function sparseChecks(checks: readonly TokenCheck[]): SparseChecks {
	const withProblems: (readonly [number, TokenCheck])[] = [];
	checks.forEach((check, index) => {
		if (check.problems.length > 0) withProblems.push([index, check]);
	});
	return { count: checks.length, withProblems };
}

const NO_PROBLEMS: TokenCheck = { problems: [] };

export function fullChecks(sparse: SparseChecks): TokenCheck[] {
	const checks = new Array<TokenCheck>(sparse.count).fill(NO_PROBLEMS);
	for (const [index, check] of sparse.withProblems) checks[index] = check;
	return checks;
}
