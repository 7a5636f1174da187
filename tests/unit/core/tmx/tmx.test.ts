import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportTmx, parseSxs, parseTmx, type InterchangeFile } from '../../../../src/core/index.ts';
import { hostileInputs } from '../../../helpers/hostile-xml.ts';
import { markupDocument } from '../../../helpers/interop-builders.ts';
import { segmentMarkup } from '../../../helpers/sxs-builders.ts';

function file(path: string, ...segments: [string, string, string][]): InterchangeFile {
	return { path, sxs: parseSxs(segments.map(([id, t, s]) => segmentMarkup(id, t, s)).join('\n')) };
}

describe('exportTmx', () => {
	it('writes one tu per distinct pair and language, with codes and each tuv language', () => {
		const uk = file(
			'a.uk-UA.md',
			['a1b2c-101', 'Так <b>а</b>', 'Yes <b>a</b>'],
			['a1b2c-102', 'Так <b>а</b>', 'Yes <b>a</b>'],
			['a1b2c-103', '', 'Empty']
		);
		const de = file('a.de-DE.md', ['a1b2c-101', 'Ja', 'Yes <b>a</b>']);
		const xml = exportTmx([uk, de]);
		expect(xml.match(/<tu>/g)).toHaveLength(2);
		expect(xml).toContain('srclang="en-US"');
		expect(xml).toContain(
			'<tuv xml:lang="en-US"><seg>Yes <bpt i="1" type="x-html">&lt;b&gt;</bpt>a<ept i="1">&lt;/b&gt;</ept></seg></tuv>'
		);
		expect(xml).toContain('<tuv xml:lang="uk-UA">');
		expect(xml).toContain('<tuv xml:lang="de-DE"><seg>Ja</seg></tuv>');
	});
});

describe('parseTmx', () => {
	it('reads back what exportTmx wrote: the distinct pairs, codes as their text', () => {
		fc.assert(
			fc.property(markupDocument, (generated) => {
				const sxs = parseSxs(generated.text);
				const result = parseTmx(exportTmx([{ path: 'g.md', sxs }]));
				const pairs = new Map<string, [string, string]>();
				for (const s of sxs.segments)
					if (s.source !== '' && s.translation !== '')
						pairs.set(`${s.source}\u0000${s.translation}`, [s.source, s.translation]);
				expect(result.ok && result.entries.map((e) => [e.source, e.target])).toEqual([
					...pairs.values()
				]);
				expect(result.ok && result.entries.every((e) => e.targetLanguage === 'uk-UA')).toBe(true);
			}),
			{ seed: 1103, numRuns: 200 }
		);
	});

	it('reads other tools memories: lang attributes, *all*, tu srclang, hi, props and notes, several targets', () => {
		const xml = `<?xml version="1.0"?><tmx version="1.4"><header srclang="*all*" creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext"/><body>
<tu><prop type="x-origin">tm</prop><note>n</note><tuv lang="EN"><prop type="x">p</prop><seg>Open <bpt i="1">&lt;b></bpt>it<ept i="1">&lt;/b></ept></seg></tuv><tuv xml:lang="de"><seg>Öffne <hi>es</hi></seg></tuv><tuv xml:lang="fr"><seg>Ouvre<ph/></seg></tuv></tu>
<tu srclang="fr"><tuv xml:lang="de"><seg>Zwei</seg></tuv><tuv xml:lang="fr"><seg>Deux</seg></tuv></tu>
<tu><tuv xml:lang="de"><seg>Allein</seg></tuv></tu>
</body></tmx>`;
		const result = parseTmx(xml);
		expect(result).toEqual({
			ok: true,
			sourceLanguage: '*all*',
			skipped: 1,
			entries: [
				{
					source: 'Open <b>it</b>',
					target: 'Öffne es',
					sourceLanguage: 'EN',
					targetLanguage: 'de'
				},
				{ source: 'Open <b>it</b>', target: 'Ouvre', sourceLanguage: 'EN', targetLanguage: 'fr' },
				{ source: 'Deux', target: 'Zwei', sourceLanguage: 'fr', targetLanguage: 'de' }
			]
		});
	});

	it('restores characters XML cannot hold from the x-char notation', () => {
		const result = parseTmx(exportTmx([file('a.uk-UA.md', ['a1b2c-101', 'b\uDC80', 'a\u0001'])]));
		expect(result.ok && result.entries[0]).toMatchObject({ source: 'a\u0001', target: 'b\uDC80' });
	});

	it.each(Object.entries(hostileInputs()))('returns an error for %s', (_, bytes) => {
		expect(parseTmx(bytes).ok).toBe(false);
	});

	it('says when the XML is not TMX', () => {
		const result = parseTmx('<xliff/>');
		expect(!result.ok && result.error.message).toBe(
			'The file is not TMX: its root element is <xliff>.'
		);
	});
});
