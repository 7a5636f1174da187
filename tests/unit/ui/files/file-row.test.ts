import { describe, expect, it } from 'vitest';
import { toFileId, type Diagnostic } from '../../../../src/core/index.ts';
import type { FileEntry, FileSummary } from '../../../../src/state/file-entry.ts';
import { describeDiagnostics, worstSeverity } from '../../../../src/ui/files/diagnostic-counts.ts';
import { describeFile, labelOf, tooltipOf } from '../../../../src/ui/files/file-row.ts';

function diagnostic(severity: Diagnostic['severity'], line = 3): Diagnostic {
	return { severity, code: 'c', message: `a ${severity}`, line };
}

function entry(summary: FileSummary): FileEntry {
	return { id: toFileId('a/b.md'), path: 'a/b.md', bytes: new Uint8Array(), summary };
}

const loaded = (diagnostics: Diagnostic[]) =>
	entry({ ok: true, segmentCount: 4, locale: 'de-DE', diagnostics });

describe('describeDiagnostics', () => {
	it('counts each severity, worst first, in singular and plural', () => {
		const list = [diagnostic('warning'), diagnostic('info'), diagnostic('warning')];
		expect(describeDiagnostics([...list, diagnostic('error')])).toBe('1 error, 2 warnings, 1 note');
		expect(describeDiagnostics([])).toBe('');
		expect(worstSeverity(list)).toBe('warning');
		expect(worstSeverity([])).toBeNull();
	});
});

describe('the row of a file', () => {
	it('keeps the `PATH, N segments` name, then diagnostics, then edited', () => {
		expect(labelOf(loaded([]), false)).toBe('a/b.md, 4 segments');
		expect(labelOf(loaded([diagnostic('warning')]), true)).toBe(
			'a/b.md, 4 segments, 1 warning, edited'
		);
	});

	it('says a file with no segments is not bilingual, and a real failure failed', () => {
		const noSegments = entry({ ok: false, error: { ...diagnostic('error'), code: 'no-segments' } });
		expect(describeFile(noSegments)).toBe('no segments (not a bilingual file)');
		expect(describeFile(entry({ ok: false, error: diagnostic('error') }))).toBe('failed');
	});

	it('lists the path and each diagnostic with its line in the tooltip', () => {
		expect(tooltipOf(loaded([diagnostic('warning'), diagnostic('info', 0)]))).toBe(
			'a/b.md\nline 3: a warning\na info'
		);
	});
});
