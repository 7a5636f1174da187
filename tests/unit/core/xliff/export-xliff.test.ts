import { describe, expect, it } from 'vitest';
import {
	exportXliff,
	parseSxs,
	type InterchangeFile,
	type SegmentState
} from '../../../../src/core/index.ts';
import { readXml } from '../../../../src/core/xml/read-xml.ts';
import { segmentMarkup } from '../../../helpers/sxs-builders.ts';

function file(
	path: string,
	locale: string,
	type: string,
	...segments: [string, string, string][]
): InterchangeFile {
	const body = segments.map(([id, t, s]) => segmentMarkup(id, t, s)).join('\n');
	return {
		path,
		sxs: parseSxs(`---\nms.contentlocale: ${locale}\nms.translationtype: ${type}\n---\n${body}\n`)
	};
}

const DOC = file(
	'docs/a.uk-UA.md',
	'uk-UA',
	'MT',
	['a1b2c-101', 'Так <b>а</b>', 'Yes <b>a</b>'],
	['a1b2c-102', 'Ні', 'No']
);

function xml(files: readonly InterchangeFile[], version: '1.2' | '2.0'): string {
	const result = exportXliff(files, { version });
	if (!result.ok) throw new Error(result.message);
	return result.xml;
}

describe('exportXliff', () => {
	it('writes XLIFF 2.0 by default, with languages, the path as original and segment ids as unit ids', () => {
		const result = exportXliff([DOC]);
		expect(result.ok).toBe(true);
		const text = result.ok ? result.xml : '';
		expect(text).toContain('version="2.0" srcLang="en-US" trgLang="uk-UA"');
		expect(text).toContain('<file id="f1" original="docs/a.uk-UA.md"');
		expect(text).toContain('<unit id="a1b2c-101">');
		expect(text).toContain('<data id="d1">&lt;b&gt;</data><data id="d1e">&lt;/b&gt;</data>');
		expect(text).toContain('Yes <pc id="1" dataRefStart="d1" dataRefEnd="d1e">a</pc>');
		expect(readXml(text).ok).toBe(true);
	});

	it('writes XLIFF 1.2 codes as bpt/ept holding the original markup', () => {
		const text = xml([DOC], '1.2');
		expect(text).toContain(
			'<file original="docs/a.uk-UA.md" source-language="en-US" target-language="uk-UA"'
		);
		expect(text).toContain('<trans-unit id="a1b2c-101" xml:space="preserve">');
		expect(text).toContain(
			'<source>Yes <bpt id="1" ctype="x-html">&lt;b&gt;</bpt>a<ept id="1">&lt;/b&gt;</ept></source>'
		);
	});

	it('maps workflow states and the translation type to XLIFF states', () => {
		const states = new Map<string, SegmentState>([['a1b2c-101', 'confirmed']]);
		const confirmed = { ...DOC, states };
		const edited = { ...DOC, edits: new Map([['a1b2c-101', 'Нове']]) };
		const human = file('h.md', 'uk-UA', 'HT', ['a1b2c-101', 'Так', 'Yes']);
		const state = (f: InterchangeFile, v: '1.2' | '2.0'): string | undefined =>
			/state="([^"]+)"/.exec(xml([f], v))?.[1];
		expect([state(DOC, '1.2'), state(DOC, '2.0')]).toEqual(['needs-review-translation', 'initial']);
		expect([state(edited, '1.2'), state(edited, '2.0')]).toEqual(['translated', 'translated']);
		expect([state(confirmed, '1.2'), state(confirmed, '2.0')]).toEqual(['final', 'final']);
		expect([state(human, '1.2'), state(human, '2.0')]).toEqual(['translated', 'translated']);
	});

	it('exports the edited translation, not the one in the file', () => {
		expect(xml([{ ...DOC, edits: new Map([['a1b2c-102', 'Ні, дякую']]) }], '2.0')).toContain(
			'Ні, дякую'
		);
	});

	it('refuses several target languages in XLIFF 2.0 and takes them in 1.2', () => {
		const german = file('b.de-DE.md', 'de-DE', 'MT', ['ffff0-101', 'Ja', 'Yes']);
		const result = exportXliff([DOC, german], { version: '2.0' });
		expect(!result.ok && result.message).toContain('uk-UA, de-DE');
		expect(xml([DOC, german], '1.2')).toContain('target-language="de-DE"');
	});

	it('gives a repeated id a unique unit id and keeps the segment id as resname / name', () => {
		const twice = file(
			't.md',
			'uk-UA',
			'MT',
			['a1b2c-101', 'Один', 'One'],
			['a1b2c-101', 'Два', 'Two']
		);
		expect(xml([twice], '1.2')).toContain('<trans-unit id="u2" resname="a1b2c-101"');
		expect(xml([twice], '2.0')).toContain('<unit id="u2" name="a1b2c-101">');
	});

	it('writes CR as a reference and forbidden characters losslessly (1.2 notation, 2.0 cp)', () => {
		const odd = file('o.md', 'uk-UA', 'MT', ['a1b2c-101', 'a\rb\uDC80', 'x\u0001']);
		expect(xml([odd], '1.2')).toContain('a&#13;b<ph id="2" ctype="x-char">\\uDC80</ph>');
		expect(xml([odd], '2.0')).toContain('<data id="d1"><cp hex="0001"/></data>');
	});

	it('writes an empty group for a file without segments, as the 2.0 schema wants a child', () => {
		const empty = { path: 'e.md', sxs: parseSxs('# Only a title\n'), locale: 'uk-UA' };
		expect(xml([empty], '2.0')).toContain(
			'<file id="f1" original="e.md" canResegment="no">\n<group id="empty"/>'
		);
	});
});
