/**
 * What one row of the file list says about its file. The row's accessible name keeps the shape
 * `PATH, N segments` (tests and scripts read it), then the diagnostics, then `, edited`.
 */
import type { FileEntry } from '../../state/index.ts';
import { hasNoSegments } from '../../state/index.ts';
import { describeDiagnostics } from './diagnostic-counts.ts';

/** The row's second line: `13 segments`, `no segments (not a bilingual file)` or `failed`. */
export function describeFile(file: FileEntry): string {
	if (file.summary.ok) return `${file.summary.segmentCount} segments`;
	return hasNoSegments(file.summary) ? 'no segments (not a bilingual file)' : 'failed';
}

/** The diagnostics phrase of a file that loaded; empty otherwise. */
export function diagnosticsOf(file: FileEntry): string {
	return file.summary.ok ? describeDiagnostics(file.summary.diagnostics) : '';
}

export function labelOf(file: FileEntry, isEdited: boolean): string {
	const problems = diagnosticsOf(file);
	return [file.path, describeFile(file), problems, isEdited ? 'edited' : '']
		.filter((part) => part !== '')
		.join(', ');
}

/** The tooltip: the full path, then why it failed or what its diagnostics say, one per line. */
export function tooltipOf(file: FileEntry): string {
	if (!file.summary.ok) return `${file.path}\n${file.summary.error.message}`;
	const lines = file.summary.diagnostics.map(
		(item) => `${item.line > 0 ? `line ${item.line}: ` : ''}${item.message}`
	);
	return [file.path, ...lines].join('\n');
}
