import { checkBrackets } from './check-brackets.ts';
import { checkEndPunctuation } from './check-end-punctuation.ts';
import { checkMixedScript } from './check-mixed-script.ts';
import { checkRepeatedWord } from './check-repeated-word.ts';
import { checkTokenFamilies } from './check-token-families.ts';
import { checkUntranslated } from './check-untranslated.ts';
import { checkWhitespace } from './check-whitespace.ts';
import { prepareSegment, type PreparedSegment } from './prepared-segment.ts';
import {
	CHECK_NAMES,
	type CheckName,
	type Finding,
	type QaProblem,
	type QaSegment
} from './problem.ts';

/** What `checkSegments` runs. */
export interface QaOptions {
	/** The translation's locale (`de-DE`), or null when unknown; a few checks read it. */
	readonly locale?: string | null;
	/** The checks to run; all of them when absent. */
	readonly checks?: ReadonlySet<CheckName>;
}

/**
 * Runs every per-segment check over the segments of one file: one list, in segment order, and
 * within a segment in `CHECK_NAMES` order, then by position. The cross-file checks
 * (`inconsistent-*`) need all the files: `checkFiles` runs both. Pure and synchronous: the app
 * calls it in a worker, the CLI directly.
 */
export function checkSegments(
	segments: readonly QaSegment[],
	options: QaOptions = {}
): QaProblem[] {
	const checks = options.checks;
	const wanted = checks
		? FAMILIES.filter((family) => family.names.some((n) => checks.has(n)))
		: FAMILIES;
	const problems: QaProblem[] = [];
	const locale = options.locale ?? null;
	for (let index = 0; index < segments.length; index++) {
		const segment = segments[index];
		if (!segment) continue;
		const prepared = prepareSegment(segment.source, segment.translation, locale);
		let findings: Finding[] = [];
		for (const family of wanted) {
			const found = family.run(prepared);
			if (found.length > 0) findings = findings.length === 0 ? found : findings.concat(found);
		}
		if (findings.length === 0) continue;
		if (checks) findings = findings.filter((f) => checks.has(f.check));
		if (findings.length > 1) findings.sort(byCheckThenPosition);
		for (const found of findings) {
			problems.push({
				check: found.check,
				severity: found.severity,
				message: found.message,
				segmentId: segment.id,
				segmentIndex: index,
				range: found.range,
				sourceRange: found.sourceRange
			});
		}
	}
	return problems;
}

interface Family {
	readonly names: readonly CheckName[];
	readonly run: (segment: PreparedSegment) => Finding[];
}

const FAMILIES: readonly Family[] = [
	{ names: ['markup', 'link-url', 'inline-code', 'number'], run: checkTokenFamilies },
	{ names: ['untranslated'], run: checkUntranslated },
	{ names: ['mixed-script'], run: checkMixedScript },
	{ names: ['whitespace'], run: checkWhitespace },
	{ names: ['end-punctuation'], run: checkEndPunctuation },
	{ names: ['brackets'], run: checkBrackets },
	{ names: ['repeated-word'], run: checkRepeatedWord }
];

const ORDER = new Map<CheckName, number>(CHECK_NAMES.map((name, i) => [name, i]));

function byCheckThenPosition(a: Finding, b: Finding): number {
	return (ORDER.get(a.check) ?? 0) - (ORDER.get(b.check) ?? 0) || positionOf(a) - positionOf(b);
}

function positionOf(found: Finding): number {
	return found.range?.start ?? found.sourceRange?.start ?? -1;
}
