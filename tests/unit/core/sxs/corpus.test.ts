import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import {
	cleanSxs,
	encodeSxsText,
	parseSxsBytes,
	serializeSxs,
	type SxsDocument
} from '../../../../src/core/index.ts';
import { corpusPath, describeCorpus, listCorpusFiles } from '../../../helpers/corpus.ts';

const SUBFOLDERS = ['multilocale', 'versions', 'clean', 'rich', 'edge'] as const;
/** The two pairs MANIFEST.md lists as differing only by `\*` escapes (SXS-FORMAT.md §6). */
const STAR_ESCAPE_PAIRS = [
	'clean-mismatch-escaped-asterisk.de-DE',
	'clean-mismatch-escaped-asterisk.uk-UA'
];

function parseFile(path: string): { bytes: Uint8Array; document: SxsDocument } {
	const bytes = new Uint8Array(readFileSync(path));
	const parsed = parseSxsBytes(bytes);
	if (!parsed.ok) throw new Error(`${path}: ${parsed.error.message}`);
	return { bytes, document: parsed.document };
}

describeCorpus('the shared corpus', () => {
	it.each(SUBFOLDERS)('every file in %s/ round-trips byte for byte', (folder) => {
		const names = listCorpusFiles(folder).filter((name) => name.endsWith('.md'));
		expect(names.length).toBeGreaterThan(0);
		const mismatched = names.filter((name) => {
			const { bytes, document } = parseFile(corpusPath(folder, name));
			return (
				Buffer.compare(
					Buffer.from(encodeSxsText(serializeSxs(document).text)),
					Buffer.from(bytes)
				) !== 0
			);
		});
		expect(mismatched).toEqual([]);
	});

	it('finds the segment count the survey implies (12,539 in all)', () => {
		let total = 0;
		for (const folder of SUBFOLDERS) {
			for (const name of listCorpusFiles(folder))
				total += parseFile(corpusPath(folder, name)).document.segments.length;
		}
		expect(total).toBe(12539);
	});

	it('clean export of every clean/ pair equals the published clean file', () => {
		const pairs = listCorpusFiles('clean').filter((name) => name.endsWith('.sxs.md'));
		expect(pairs).toHaveLength(54);
		const differing = pairs.filter((name) => {
			const { document } = parseFile(corpusPath('clean', name));
			const expected = readFileSync(corpusPath('clean', name.replace('.sxs.md', '.clean.md')));
			return Buffer.compare(Buffer.from(encodeSxsText(cleanSxs(document))), expected) !== 0;
		});
		expect(differing).toEqual([]);
	});

	it.each(STAR_ESCAPE_PAIRS)(
		'%s differs only by \\* escapes, which --unescape-stars removes',
		(pair) => {
			const { document } = parseFile(corpusPath('edge', `${pair}.sxs.md`));
			const expected = readFileSync(corpusPath('edge', `${pair}.clean.md`), 'utf8');
			expect(cleanSxs(document)).not.toBe(expected);
			expect(cleanSxs(document).replaceAll('\\*', '*')).toBe(expected.replaceAll('\\*', '*'));
			expect(cleanSxs(document, { unescapeStars: true })).toBe(expected);
		}
	);

	it('an edit to one corpus segment changes only that translation', () => {
		const { document } = parseFile(corpusPath('edge', 'stray-close-span.lv-LV.md'));
		const segment = document.segments.find((s) => s.id.endsWith('-112'));
		expect(segment?.translation).toContain('</span>');
		const newText = segment!.translation.replace('Ja adresāta', 'Ja ADRESĀTA');
		expect(newText).not.toBe(segment!.translation);
		const edited = serializeSxs(document, new Map([[segment!.id, newText]]));
		expect(edited.refused).toEqual([]);
		expect(edited.text.length).toBe(document.text.length);
		expect(edited.text.slice(0, segment!.translationStart)).toBe(
			document.text.slice(0, segment!.translationStart)
		);
		expect(edited.text.slice(segment!.translationEnd)).toBe(
			document.text.slice(segment!.translationEnd)
		);
	});

	it('keeps entity-escaped pseudo-markup as text and reports it', () => {
		const { document } = parseFile(corpusPath('edge', 'escaped-markup-quot.de-DE.md'));
		expect(document.segments.every((s) => !s.id.includes('&'))).toBe(true);
		expect(document.diagnostics.map((d) => d.code)).toContain('escaped-markup');
	});

	it('reads the merged p ids of zh-CN', () => {
		const { document } = parseFile(corpusPath('edge', 'merged-p-ids.zh-CN.md'));
		const merged = document.segments.filter((s) => s.isMerged);
		expect(merged.length).toBeGreaterThan(0);
		expect(merged.every((s) => /^p\d+$/.test(s.number))).toBe(true);
	});
});
