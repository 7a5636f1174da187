import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSegments } from '../../../../src/core/qa/check-segments.ts';
import { CHECK_NAMES, type CheckName, type QaProblem } from '../../../../src/core/qa/problem.ts';

/** One hand-written case of tests/fixtures/qa/<check>.json. */
interface Case {
	readonly source: string;
	readonly translation: string;
	readonly locale?: string;
	/** Positive cases: the severity of the check's first problem. */
	readonly severity?: string;
	/** Positive cases: the translation text under each ranged problem of the check, in order. */
	readonly ranges?: readonly string[];
}

interface Fixture {
	readonly positive: readonly Case[];
	readonly negative: readonly Case[];
}

/** Every check but the two cross-file ones (check-consistency.test.ts covers those). */
const PER_SEGMENT_CHECKS = CHECK_NAMES.filter((name) => !name.startsWith('inconsistent-'));

function problemsOf(check: CheckName, fixture: Case): QaProblem[] {
	const segment = { id: 'abcde-101', source: fixture.source, translation: fixture.translation };
	return checkSegments([segment], { locale: fixture.locale ?? 'de-DE' }).filter(
		(problem) => problem.check === check
	);
}

function readFixture(check: CheckName): Fixture {
	const url = new URL(`../../../fixtures/qa/${check}.json`, import.meta.url);
	return JSON.parse(readFileSync(url, 'utf8')) as Fixture;
}

describe.each(PER_SEGMENT_CHECKS)('check %s', (check) => {
	const fixture = readFixture(check);

	it.each(fixture.positive.map((c) => [c.translation, c] as const))(
		'reports %j',
		(_name, fixtureCase) => {
			const problems = problemsOf(check, fixtureCase);
			expect(problems.length).toBeGreaterThan(0);
			expect(problems[0]?.severity).toBe(fixtureCase.severity);
			if (fixtureCase.ranges) {
				const texts = problems.flatMap((p) =>
					p.range ? [fixtureCase.translation.slice(p.range.start, p.range.end)] : []
				);
				expect(texts).toEqual(fixtureCase.ranges);
			}
		}
	);

	it.each(fixture.negative.map((c) => [c.translation, c] as const))(
		'accepts %j',
		(_name, fixtureCase) => {
			expect(problemsOf(check, fixtureCase).map((p) => p.message)).toEqual([]);
		}
	);
});
