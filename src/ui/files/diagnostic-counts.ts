/**
 * A file's diagnostics summed up for its row: a count per severity and one phrase naming them
 * (`2 errors, 3 warnings`), which is both the badge's accessible name and part of the row's.
 */
import type { Diagnostic, Severity } from '../../core/index.ts';

const ORDER: readonly Severity[] = ['error', 'warning', 'info'];
const WORDS: Record<Severity, [string, string]> = {
	error: ['error', 'errors'],
	warning: ['warning', 'warnings'],
	info: ['note', 'notes']
};

/** `2 errors, 3 warnings`; empty when there is nothing to report. */
export function describeDiagnostics(diagnostics: readonly Diagnostic[]): string {
	return ORDER.map((severity) => {
		const count = diagnostics.filter((item) => item.severity === severity).length;
		const [one, many] = WORDS[severity];
		return count === 0 ? '' : `${count} ${count === 1 ? one : many}`;
	})
		.filter((phrase) => phrase !== '')
		.join(', ');
}

/** The worst severity present, for the badge's colour; null without diagnostics. */
export function worstSeverity(diagnostics: readonly Diagnostic[]): Severity | null {
	return ORDER.find((severity) => diagnostics.some((item) => item.severity === severity)) ?? null;
}
