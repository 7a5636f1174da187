import type { MarkdownContext } from '../model/types.ts';
import type { SegmentState } from '../model/workspace.ts';
import type { CheckName } from '../qa/problem.ts';
import { compileQuery } from './compile-query.ts';

/** Where the text of a segment filter is looked for. */
export type FilterField = 'both' | 'source' | 'translation';

/** The translator's criteria for listing segments (issue 10); an absent criterion lets all pass. */
export interface SegmentFilterCriteria {
	readonly state: SegmentState | null;
	/** A check the segment has a (not dismissed) problem of; `any` for any problem. */
	readonly check: CheckName | 'any' | null;
	/** Only segments whose translation is the source, character for character. */
	readonly equalsSource: boolean;
	readonly text: string;
	readonly field: FilterField;
	readonly matchCase: boolean;
	readonly isRegex: boolean;
	readonly context: MarkdownContext | null;
}

/** One segment as the filter reads it. */
export interface FilterableSegment {
	readonly source: string;
	readonly translation: string;
	readonly state: SegmentState;
	readonly context: MarkdownContext;
	/** The checks of its problems (dismissed ones left out). */
	readonly checks: ReadonlySet<CheckName>;
}

/** A test for one segment, or why the criteria cannot be used (an invalid pattern). */
export type SegmentPredicate =
	| { readonly ok: true; readonly test: (segment: FilterableSegment) => boolean }
	| { readonly ok: false; readonly error: string };

/** Whether any criterion is set: with none, a filter lists nothing rather than everything. */
export function isFilterActive(criteria: SegmentFilterCriteria): boolean {
	return (
		criteria.state !== null ||
		criteria.check !== null ||
		criteria.equalsSource ||
		criteria.text !== '' ||
		criteria.context !== null
	);
}

/**
 * Compiles the criteria into one predicate: every set criterion must hold. The text is plain
 * (or a regular expression) as in Replace in files; an invalid pattern is an error value.
 */
export function compileSegmentFilter(criteria: SegmentFilterCriteria): SegmentPredicate {
	let pattern: RegExp | null = null;
	if (criteria.text !== '') {
		const compiled = compileQuery({
			text: criteria.text,
			isRegex: criteria.isRegex,
			matchCase: criteria.matchCase,
			wholeWord: false
		});
		if (!compiled.ok) return compiled;
		// Without the global flag `test` keeps no position between segments.
		pattern = new RegExp(compiled.pattern.source, compiled.pattern.flags.replace('g', ''));
	}
	const { state, check, equalsSource, field, context } = criteria;
	const test = (segment: FilterableSegment): boolean => {
		if (state !== null && segment.state !== state) return false;
		if (context !== null && segment.context !== context) return false;
		if (equalsSource && segment.translation !== segment.source) return false;
		if (check === 'any' && segment.checks.size === 0) return false;
		if (check !== null && check !== 'any' && !segment.checks.has(check)) return false;
		if (pattern === null) return true;
		if (field !== 'translation' && pattern.test(segment.source)) return true;
		return field !== 'source' && pattern.test(segment.translation);
	};
	return { ok: true, test };
}
