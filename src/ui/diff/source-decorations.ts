/**
 * The Source view's token problems as Monaco decorations: a missing token is marked where it
 * stands in the source, an extra token where it stands in the translation, and every problem row
 * gets a gutter mark and a hover that lists its problems in words. The overview ruler gets the
 * capped marks of overview-marks.ts, not one mark per row (issue 13.8).
 */
import type { editor, IMarkdownString } from 'monaco-editor/editor';
import type { TokenCheck, TokenProblem } from '../../core/index.ts';
import { monaco } from './monaco.ts';
import type { SegmentRow } from '../../core/index.ts';
import { encodedOffset } from './line-codec.ts';
import { overviewMarks } from './overview-marks.ts';

export interface SideDecorations {
	readonly source: editor.IModelDeltaDecoration[];
	readonly translation: editor.IModelDeltaDecoration[];
	/** How many overview-ruler marks the translation side holds (the benchmark reads it). */
	readonly overviewMarkCount: number;
}

const PROBLEM_COLOUR = '#c27c0e';

export function buildSourceDecorations(
	rows: readonly SegmentRow[],
	checks: readonly TokenCheck[],
	maxOverviewMarks?: number
): SideDecorations {
	const source: editor.IModelDeltaDecoration[] = [];
	const translation: editor.IModelDeltaDecoration[] = [];
	checks.forEach((check, index) => {
		const row = rows[index];
		if (!row || check.problems.length === 0) return;
		const line = index + 1;
		translation.push({
			range: new monaco.Range(line, 1, line, 1),
			options: {
				isWholeLine: true,
				className: 'locdiff-problem-row',
				linesDecorationsClassName: 'locdiff-problem-gutter',
				hoverMessage: summarize(check.problems)
			}
		});
		for (const problem of check.problems) {
			if (problem.sourceRange) {
				source.push(
					tokenDecoration(line, row.source, problem.sourceRange, problem, 'locdiff-token-missing')
				);
			}
			if (problem.translationRange) {
				translation.push(
					tokenDecoration(
						line,
						row.current,
						problem.translationRange,
						problem,
						'locdiff-token-extra'
					)
				);
			}
		}
	});
	const problemRows = checks.flatMap((check, index) => (check.problems.length > 0 ? [index] : []));
	const marks = overviewMarks(problemRows, checks.length, maxOverviewMarks);
	for (const mark of marks) {
		translation.push({
			range: new monaco.Range(mark.first + 1, 1, mark.last + 1, 1),
			options: {
				overviewRuler: { color: PROBLEM_COLOUR, position: monaco.editor.OverviewRulerLane.Right }
			}
		});
	}
	return { source, translation, overviewMarkCount: marks.length };
}

function tokenDecoration(
	line: number,
	text: string,
	range: { start: number; end: number },
	problem: TokenProblem,
	className: string
): editor.IModelDeltaDecoration {
	const start = encodedOffset(text, range.start) + 1;
	const end = encodedOffset(text, range.end) + 1;
	return {
		range: new monaco.Range(line, start, line, end),
		options: { inlineClassName: className, hoverMessage: { value: describe(problem) } }
	};
}

/**
 * Each problem row's problems as one plain sentence, for the pane's message line when the
 * cursor is in that row (issue 13.5: the reason must not be hover-only).
 */
export function describeRows(checks: readonly TokenCheck[]): ReadonlyMap<number, string> {
	const reasons = new Map<number, string>();
	checks.forEach((check, row) => {
		if (check.problems.length === 0) return;
		// The same token lost twice (two `**`) is one phrase with a count, not a repeated one.
		const counts = new Map<string, number>();
		for (const problem of check.problems) {
			const phrase = `${WHERE[problem.problem]} ${KIND_NAMES[problem.kind]} ${problem.text}`;
			counts.set(phrase, (counts.get(phrase) ?? 0) + 1);
		}
		const parts = [...counts].map(([phrase, count]) =>
			count > 1 ? `${phrase} (×${count})` : phrase
		);
		reasons.set(row, `Token check: ${parts.join('; ')}.`);
	});
	return reasons;
}

const WHERE: Record<TokenProblem['problem'], string> = {
	missing: 'missing in the translation:',
	extra: 'not in the source:'
};

/** One hover for a row: missing tokens have no place in the translation, so they are listed here. */
function summarize(problems: readonly TokenProblem[]): IMarkdownString {
	return { value: problems.map((problem) => `- ${describe(problem)}`).join('\n') };
}

function describe(problem: TokenProblem): string {
	const where = problem.problem === 'missing' ? 'Missing in the translation' : 'Not in the source';
	return `${where}: ${KIND_NAMES[problem.kind]} ${inlineCode(problem.text)}`;
}

const KIND_NAMES: Record<TokenProblem['kind'], string> = {
	code: 'inline code',
	link: 'link target',
	url: 'URL',
	'html-tag': 'HTML tag',
	entity: 'entity',
	placeholder: 'placeholder',
	markdown: 'Markdown marker',
	number: 'number'
};

/** Markdown inline code that shows `text` literally, whatever backticks it holds. */
function inlineCode(text: string): string {
	const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
	const fence = '`'.repeat(longestRun + 1);
	return `${fence} ${text} ${fence}`;
}
