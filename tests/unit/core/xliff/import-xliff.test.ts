import { describe, expect, it } from 'vitest';
import {
	exportXliff,
	importXliff,
	parseSxs,
	type XliffImportResult
} from '../../../../src/core/index.ts';
import { hostileInputs } from '../../../helpers/hostile-xml.ts';
import { segmentMarkup } from '../../../helpers/sxs-builders.ts';
import { replaceTarget, xmlText } from '../../../helpers/xliff-edit.ts';

const TEXT =
	'---\nms.contentlocale: uk-UA\n---\n' +
	[
		segmentMarkup('a1b2c-101', 'Натисніть <b>Зберегти</b>', 'Select <b>Save</b>'),
		segmentMarkup('a1b2c-102', 'Див. [статтю](a.md)', 'See [the article](a.md)'),
		segmentMarkup('a1b2c-103', 'Один', 'One'),
		segmentMarkup('a1b2c-103', 'Знову', 'Again')
	].join('\n');
const FILE = { path: 'doc.md', sxs: parseSxs(TEXT) };

function exported(version: '1.2' | '2.0'): string {
	const result = exportXliff([FILE], { version });
	if (!result.ok) throw new Error(result.message);
	return result.xml;
}

function ok(result: XliffImportResult): Extract<XliffImportResult, { ok: true }> {
	if (!result.ok) throw new Error(result.error.message);
	return result;
}

describe.each(['1.2', '2.0'] as const)('importXliff (XLIFF %s)', (version) => {
	const pc = (id: number, inner: string): string =>
		version === '1.2'
			? `<bpt id="${id}">x</bpt>${inner}<ept id="${id}">y</ept>`
			: `<pc id="${id}" dataRefStart="d${id}" dataRefEnd="d${id}e">${inner}</pc>`;
	const ph = (id: number): string =>
		version === '1.2' ? `<ph id="${id}">z</ph>` : `<ph id="${id}" dataRef="d${id}"/>`;

	it('finds no change in an unchanged export', () => {
		const result = ok(importXliff(exported(version), [FILE]));
		expect(result).toMatchObject({ version, refused: [], problems: [], unmatchedFiles: [] });
		expect(result.files).toEqual([
			{ path: 'doc.md', edits: new Map(), unitCount: 4, unchanged: 4 }
		]);
	});

	it('turns a changed target into an edit, with the codes characters taken from the file', () => {
		const xml = replaceTarget(
			exported(version),
			'a1b2c-101',
			`${pc(1, 'Збережіть')} &amp; ${xmlText('<i>')}`
		);
		const result = ok(importXliff(xml, [FILE]));
		expect(result.files[0]?.edits).toEqual(new Map([['a1b2c-101', '<b>Збережіть</b> & <i>']]));
		expect(result.refused).toEqual([]);
	});

	it('refuses a stale unit whose source differs from the file', () => {
		const other = {
			path: 'doc.md',
			sxs: parseSxs(TEXT.replace('Select <b>Save</b>', 'Select <b>Save all</b>'))
		};
		const result = ok(importXliff(replaceTarget(exported(version), 'a1b2c-101', 'Нове'), [other]));
		expect(result.refused).toEqual([
			{ path: 'doc.md', unitId: 'a1b2c-101', reason: expect.stringContaining('stale') as unknown }
		]);
		expect(result.files[0]?.edits.size).toBe(0);
	});

	it('refuses a target holding a code id the unit never had', () => {
		const result = ok(
			importXliff(replaceTarget(exported(version), 'a1b2c-102', `Див. ${ph(7)}`), [FILE])
		);
		expect(result.refused[0]).toMatchObject({
			unitId: 'a1b2c-102',
			reason: expect.stringContaining('"7"') as unknown
		});
		expect(result.files[0]?.edits.size).toBe(0);
	});

	it('imports a target that drops a code and reports a markup problem', () => {
		const result = ok(
			importXliff(replaceTarget(exported(version), 'a1b2c-102', 'Див. статтю'), [FILE])
		);
		expect(result.files[0]?.edits).toEqual(new Map([['a1b2c-102', 'Див. статтю']]));
		expect(result.problems).toEqual([
			{
				path: 'doc.md',
				unitId: 'a1b2c-102',
				kind: 'markup',
				message: expect.stringContaining('"[", "](a.md)"') as unknown
			}
		]);
	});

	it('refuses a change to a repeated segment id as ambiguous, and segment markup typed as text', () => {
		let xml = replaceTarget(exported(version), 'u4', 'Ще');
		xml = replaceTarget(xml, 'a1b2c-103', xmlText('</span>'));
		const result = ok(importXliff(xml, [FILE]));
		expect(
			result.refused.map((r) => [r.unitId, /ambiguous|unmatched/.exec(r.reason)?.[0]])
		).toEqual([
			['a1b2c-103', 'ambiguous'],
			['u4', 'ambiguous']
		]);
	});

	it('compares with the current edit: an equal target is no change, the file text a revert', () => {
		const edits = new Map([['a1b2c-102', 'Змінено']]);
		const reverted = ok(importXliff(exported(version), [{ ...FILE, edits }]));
		expect(reverted.files[0]?.edits).toEqual(new Map([['a1b2c-102', 'Див. [статтю](a.md)']]));
		expect(reverted.refused).toEqual([]);
		const same = exportXliff([{ ...FILE, edits }], { version });
		expect(
			ok(importXliff(same.ok ? same.xml : '', [{ ...FILE, edits }])).files[0]?.edits.size
		).toBe(0);
	});

	it('lists a <file> that names none of the given files', () => {
		const result = ok(importXliff(exported(version), [{ ...FILE, path: 'other.md' }]));
		expect(result.unmatchedFiles).toEqual(['doc.md']);
		expect(result.files).toEqual([]);
	});

	it('matches a file by its normalised path', () => {
		expect(ok(importXliff(exported(version), [{ ...FILE, path: './doc.md' }])).files).toHaveLength(
			1
		);
	});
});

describe('importXliff of what other tools write', () => {
	it('reads XLIFF 1.2 codes rewritten as <g> or <bx/>/<ex/>, in a group, through <mrk>', () => {
		const xml = `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="doc.md" source-language="en" datatype="plaintext"><body><group>
<trans-unit id="a1b2c-101"><source>Select <g id="1">Save</g></source><target><mrk mtype="seg">Натисніть <g id="1">Зберегти все</g></mrk></target></trans-unit>
<trans-unit id="a1b2c-102"><source>See <bx id="1"/>the article<ex id="1"/></source><target>Див. <bx id="1"/>цю статтю<ex id="1"/></target></trans-unit>
</group></body></file></xliff>`;
		const result = ok(importXliff(xml, [FILE]));
		expect(result.files[0]?.edits).toEqual(
			new Map([
				['a1b2c-101', 'Натисніть <b>Зберегти все</b>'],
				['a1b2c-102', 'Див. [цю статтю](a.md)']
			])
		);
		expect(result.refused).toEqual([]);
	});

	it('joins an XLIFF 2.0 unit a CAT tool split into segments, with an ignorable between', () => {
		const xml = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="uk"><file id="x" original="doc.md">
<unit id="a1b2c-101"><originalData><data id="a">&lt;b></data><data id="b">&lt;/b></data></originalData>
<segment><source>Select</source><target>Натисніть</target></segment><ignorable><source> </source></ignorable>
<segment><source><sc id="1" dataRef="a"/>Save<ec startRef="1" dataRef="b"/></source><target><sc id="1"/>Так<ec startRef="1"/></target></segment></unit>
</file></xliff>`;
		const result = ok(importXliff(xml, [FILE]));
		expect(result.files[0]?.edits).toEqual(new Map([['a1b2c-101', 'Натисніть <b>Так</b>']]));
	});
});

describe('importXliff on bad input', () => {
	it.each(Object.entries(hostileInputs()))('returns an error for %s', (_, bytes) => {
		const result = importXliff(bytes, [FILE]);
		expect(result.ok).toBe(false);
	});

	it('says when the XML is not XLIFF', () => {
		const result = importXliff('<tmx version="1.4"/>', [FILE]);
		expect(!result.ok && result.error.message).toBe(
			'The file is not XLIFF 1.2 or 2.0: its root element is <tmx>.'
		);
	});
});
