import { describe, expect, it } from 'vitest';
import { encodeSxsText, toFileId } from '../../../src/core/index.ts';
import { EXAMPLE_FILES } from '../../../src/examples/index.ts';
import { QaSession } from '../../../src/worker/qa-session.ts';

const [de] = EXAMPLE_FILES;
const DE = toFileId(de?.path ?? '');
const bytesOf = (text: string) => encodeSxsText(text);

describe('QaSession', () => {
	it('checks a file once sent, and again only with new edits', () => {
		const session = new QaSession();
		const text = (de?.text ?? '').replace('Tidewater Notes hält', 'Tidewater  Notes hält');
		const first = session.update([{ file: DE, bytes: bytesOf(text), edits: [] }], [DE]);
		expect(first.files).toHaveLength(1);
		const whitespace = first.files[0]?.own.filter((p) => p.check === 'whitespace') ?? [];
		expect(whitespace.length).toBeGreaterThan(0);
		expect(whitespace[0]?.key).toMatch(/^[0-9a-f]{64}$/);

		const fixed =
			'Tidewater Notes hält Ihre Notizbücher auf jedem Gerät aktuell, bei dem Sie sich anmelden.';
		const second = session.update([{ file: DE, edits: [['4c7d1-102', fixed]] }], [DE]);
		expect(second.files[0]?.own.filter((p) => p.check === 'whitespace')).toHaveLength(0);
		// Nothing changed: no file is re-checked.
		expect(session.update([], [DE]).files).toHaveLength(0);
	});

	it('counts words, unspaced scripts by their words', () => {
		const zh = EXAMPLE_FILES.find((file) => file.path.includes('zh-CN'));
		const id = toFileId(zh?.path ?? '');
		const report = session().update(
			[{ file: id, bytes: bytesOf(zh?.text ?? ''), edits: [] }],
			[id]
		);
		const counts = report.files[0]?.counts;
		expect(counts?.segments).toBe(13);
		expect(counts?.sourceWords).toBeGreaterThan(50);
		// Chinese has no spaces: one word per run would be far fewer than the source's words.
		expect(counts?.targetWords).toBeGreaterThan((counts?.sourceWords ?? 0) / 2);
	});

	it('finds a translation inconsistent across two files and forgets closed files', () => {
		const s = session();
		const text = de?.text ?? '';
		const other = toFileId('copy/sync-settings.de-DE.md');
		s.update([{ file: DE, bytes: bytesOf(text), edits: [] }], [DE]);
		const report = s.update(
			[
				{
					file: other,
					bytes: bytesOf(text),
					edits: [['4c7d1-102', 'Eine ganz andere Übersetzung hier.']]
				}
			],
			[DE, other]
		);
		expect(report.consistency.flatMap((f) => f.problems.map((p) => p.check))).toContain(
			'inconsistent-translation'
		);
		expect(s.update([], [DE]).consistency).toHaveLength(0);
	});
});

describe('QaSession consistency by locale', () => {
	it('keeps the problems of a locale whose files did not change', () => {
		const s = session();
		const text = de?.text ?? '';
		const other = toFileId('copy/sync-settings.de-DE.md');
		const uk = EXAMPLE_FILES.find((file) => file.path.includes('uk-UA'));
		const ukId = toFileId(uk?.path ?? '');
		const order = [DE, other, ukId];
		s.update(
			[
				{ file: DE, bytes: bytesOf(text), edits: [] },
				{
					file: other,
					bytes: bytesOf(text),
					edits: [['4c7d1-102', 'Eine ganz andere Übersetzung hier.']]
				},
				{ file: ukId, bytes: bytesOf(uk?.text ?? ''), edits: [] }
			],
			order
		);
		const before = s.update([], order).consistency;
		// The other translation is the variant: the copy gets the problem, the first file is the reference.
		expect(before.map((entry) => entry.file)).toEqual([other]);
		const after = s.update([{ file: ukId, edits: [['4c7d1-103', 'Інший текст тут.']] }], order);
		expect(after.consistency).toEqual(before);
	});
});

describe('QaSession in parts', () => {
	it('compares the files and groups repetitions only with the last part', () => {
		const s = session();
		const text = de?.text ?? '';
		const other = toFileId('copy/sync-settings.de-DE.md');
		const order = [DE, other];
		const first = s.update([{ file: DE, bytes: bytesOf(text), edits: [] }], order, true);
		expect(first.repetitions).toBeNull();
		const edits: [string, string][] = [['4c7d1-102', 'Eine ganz andere Übersetzung hier.']];
		const last = s.update([{ file: other, bytes: bytesOf(text), edits }], order, false);
		expect(last.consistency.map((entry) => entry.file)).toEqual([other]);
		expect(last.repetitions?.sizes.length).toBeGreaterThan(0);
	});
});

function session(): QaSession {
	return new QaSession();
}
