/**
 * The three output forms of `locdiff check` (a CLI contract: CI scripts read them): text lines
 * `PATH:LINE:COLUMN: SEVERITY CHECK SEGMENT-ID message`, a JSON array, and GitHub Actions
 * workflow commands that annotate a pull request.
 */
import type { Severity } from '../core/index.ts';

/** One problem placed in its file, as the CLI prints it. */
export interface PlacedProblem {
	readonly file: string;
	readonly id: string;
	/** 1-based line and column (UTF-16 units) in the file. */
	readonly line: number;
	readonly column: number;
	readonly check: string;
	readonly severity: Severity;
	readonly message: string;
}

export type CheckFormat = 'text' | 'json' | 'github';

/** The text line of one problem. */
export function formatTextLine(p: PlacedProblem): string {
	return `${p.file}:${p.line}:${p.column}: ${p.severity} ${p.check} ${p.id} ${p.message}`;
}

/** The JSON array, with the contract's keys in the contract's order. */
export function formatJson(problems: readonly PlacedProblem[]): string {
	const rows = problems.map((p) => ({
		file: p.file,
		id: p.id,
		line: p.line,
		column: p.column,
		check: p.check,
		severity: p.severity,
		message: p.message
	}));
	return `${JSON.stringify(rows, null, 2)}\n`;
}

/**
 * A workflow command (`::error file=…,line=…,col=…,title=…::…`). GitHub has no "info" level:
 * info becomes `notice`. Values are escaped as the runner expects (`%`, CR, LF; and `,`, `:` in
 * properties), so a file name or message cannot end the command early.
 */
export function formatGithubLine(p: PlacedProblem): string {
	const level = p.severity === 'info' ? 'notice' : p.severity;
	const properties = [
		`file=${escapeProperty(p.file)}`,
		`line=${p.line}`,
		`col=${p.column}`,
		`title=${escapeProperty(`locdiff ${p.check}`)}`
	].join(',');
	return `::${level} ${properties}::${escapeData(`${p.id} ${p.message}`)}`;
}

function escapeData(text: string): string {
	return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
	return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
