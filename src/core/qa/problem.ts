/**
 * The vocabulary of the QA checks (issue 10): check names (a CLI contract: scripts and saved
 * dismissals read them), the segment a check reads and the problem it reports. Plain readonly
 * records, so results cross a worker boundary and sit in `$state.raw` as they are.
 */
import type { Severity } from '../model/types.ts';
import type { TextRange } from './token.ts';

/** Every check, in the order the problems of one segment are listed. */
export const CHECK_NAMES = [
	'markup',
	'link-url',
	'inline-code',
	'number',
	'untranslated',
	'mixed-script',
	'whitespace',
	'end-punctuation',
	'brackets',
	'repeated-word',
	'inconsistent-translation',
	'inconsistent-source'
] as const;

/** A check's stable name, as the CLI prints it. */
export type CheckName = (typeof CHECK_NAMES)[number];

/** What a check reads of a segment: `Segment` and a row with the current translation both fit. */
export interface QaSegment {
	/** Segment id as in the file, e.g. `7e727-103`. */
	readonly id: string;
	/** The English source, raw as in the file. */
	readonly source: string;
	/** The translation to check (the edited one, when the translator changed it), raw. */
	readonly translation: string;
}

/** One problem in one segment. */
export interface QaProblem {
	readonly check: CheckName;
	readonly severity: Severity;
	/** Plain-language message for a translator; deterministic for the same texts. */
	readonly message: string;
	/** The segment's id. */
	readonly segmentId: string;
	/** 0-based position of the segment in its file (line N of the diff pane is segment N). */
	readonly segmentIndex: number;
	/** Where the problem is in the translation, or null when it is something missing from it. */
	readonly range: TextRange | null;
	/** Where the source part behind the problem is (e.g. the lost link), when there is one. */
	readonly sourceRange: TextRange | null;
}

/** A problem before the entry point knows the segment's id and index. */
export type Finding = Omit<QaProblem, 'segmentId' | 'segmentIndex'>;

/** Builds a finding; ranges default to none. */
export function finding(
	check: CheckName,
	severity: Severity,
	message: string,
	range: TextRange | null = null,
	sourceRange: TextRange | null = null
): Finding {
	return { check, severity, message, range, sourceRange };
}
