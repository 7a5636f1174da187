import { describe, expect, it } from 'vitest';
import {
	encodeSxsText,
	exportTmx,
	exportXliff,
	parseSxsBytes,
	serializeSxs,
	toFileId,
	type XliffVersion
} from '../../../src/core/index.ts';
import { EXAMPLE_FILES } from '../../../src/examples/index.ts';
import { Interchange } from '../../../src/state/interchange.svelte.ts';
import { InteropClient } from '../../../src/worker/index.ts';
import { replaceTarget, xmlText } from '../../helpers/xliff-edit.ts';
import { openedExamples } from '../../helpers/node-workbench.ts';

const DE = 'examples/sync-settings.de-DE.md';
const UK = 'examples/sync-settings.uk-UA.md';

async function opened() {
	const { workbench } = await openedExamples();
	const downloads: { name: string; bytes: Uint8Array }[] = [];
	const interchange = new Interchange(
		workbench.workspace,
		workbench.notices,
		workbench.bulkUndo,
		new InteropClient(null),
		() => false,
		(name, bytes) => downloads.push({ name, bytes })
	);
	return { workbench, interchange, downloads };
}

function documentOf(path: string) {
	const example = EXAMPLE_FILES.find((file) => file.path === path);
	const parsed = parseSxsBytes(encodeSxsText(example?.text ?? ''));
	if (!parsed.ok) throw new Error('examples parse');
	return parsed.document;
}

const asFile = (name: string, text: string) => ({
	name,
	arrayBuffer: () => Promise.resolve(new TextEncoder().encode(text).buffer)
});

describe('Interchange', () => {
	it.each(['1.2', '2.0'] as XliffVersion[])(
		'exports the current file as the CLI writes it (XLIFF %s), edits and confirmations as states',
		async (version) => {
			const { workbench, interchange, downloads } = await opened();
			workbench.selectFile(toFileId(DE));
			expect(await interchange.exportXliff('current', version)).toBeNull();
			const sxs = documentOf(DE);
			const cli = exportXliff([{ path: DE, sxs }], { version });
			if (!cli.ok) throw new Error(cli.message);
			expect(downloads[0]?.name).toBe('sync-settings.de-DE.xlf');
			expect(new TextDecoder().decode(downloads[0]?.bytes)).toBe(cli.xml);

			const [first, second] = sxs.segments;
			if (!first || !second) throw new Error('segments');
			workbench.workspace.setEdit(toFileId(DE), first.id, 'Neu übersetzt', 'user');
			workbench.current.confirm(1);
			await interchange.exportXliff('current', version);
			const states = new Map([
				[first.id, 'edited' as const],
				[second.id, 'confirmed' as const]
			]);
			const edited = exportXliff(
				[{ path: DE, sxs, edits: new Map([[first.id, 'Neu übersetzt']]), states }],
				{
					version
				}
			);
			if (!edited.ok) throw new Error(edited.message);
			const xml = new TextDecoder().decode(downloads[1]?.bytes);
			expect(xml).toBe(edited.xml);
			expect(xml).toContain('Neu übersetzt');
			expect(xml).toContain(version === '1.2' ? 'state="final"' : 'state="final"');
		}
	);

	it('refuses XLIFF 2.0 for files of several locales, and 1.2 takes them', async () => {
		const { interchange, downloads } = await opened();
		expect(await interchange.exportXliff('all', '2.0')).toMatch(/one target language/);
		expect(downloads).toHaveLength(0);
		expect(await interchange.exportXliff('all', '1.2')).toBeNull();
		expect(downloads[0]?.name).toBe('locdiff.xlf');
	});

	it('exports every open file as one TMX, as the CLI tmx writes it, with the edits', async () => {
		const { workbench, interchange, downloads } = await opened();
		const first = documentOf(UK).segments[0];
		if (!first) throw new Error('segments');
		workbench.workspace.setEdit(toFileId(UK), first.id, 'Нова назва', 'user');
		await interchange.exportTmx();
		const files = EXAMPLE_FILES.map((file) => ({
			path: file.path,
			sxs: documentOf(file.path),
			...(file.path === UK ? { edits: new Map([[first.id, 'Нова назва']]) } : {})
		}));
		expect(downloads[0]?.name).toBe('locdiff.tmx');
		const tmx = new TextDecoder().decode(downloads[0]?.bytes);
		expect(tmx).toBe(exportTmx(files));
		expect(tmx).toContain('Нова назва');
	});

	it('imports a changed target as one undoable step, with the apply bytes', async () => {
		const { workbench, interchange, downloads } = await opened();
		workbench.selectFile(toFileId(UK));
		await interchange.exportXliff('current', '1.2');
		const sxs = documentOf(UK);
		const segment = sxs.segments.find((s) => !/[<[`&\\]/.test(s.source));
		if (!segment) throw new Error('a plain segment');
		const xml = new TextDecoder().decode(downloads[0]?.bytes);
		const changed = replaceTarget(xml, segment.id, xmlText('Новий переклад'));
		await interchange.importXliff(asFile('back.xlf', changed));

		const summary = interchange.lastImport;
		expect(summary).toMatchObject({ ok: true, imported: 1, refused: [] });
		expect(summary?.ok === true && summary.unchanged).toBe(sxs.segments.length - 1);
		const fileId = toFileId(UK);
		expect(workbench.workspace.editsOf(fileId).get(segment.id)).toBe('Новий переклад');
		const applied = serializeSxs(sxs, new Map([[segment.id, 'Новий переклад']])).text;
		expect(serializeSxs(sxs, workbench.workspace.editsOf(fileId)).text).toBe(applied);

		workbench.bulkUndo.undo();
		expect(workbench.workspace.editsOf(fileId).size).toBe(0);
	});

	it('refuses a stale unit and a <file> for no open file, with reasons', async () => {
		const { interchange, downloads, workbench } = await opened();
		workbench.selectFile(toFileId(DE));
		await interchange.exportXliff('current', '1.2');
		const xml = new TextDecoder().decode(downloads[0]?.bytes);
		const first = documentOf(DE).segments[0];
		if (!first) throw new Error('segments');
		const stale = xml.replace(
			`<source>${first.source}</source>`,
			'<source>Another source</source>'
		);
		const elsewhere = xml.replace(`original="${DE}"`, 'original="elsewhere/other.md"');
		await interchange.importXliff(asFile('stale.xlf', stale));
		expect(interchange.lastImport).toMatchObject({
			ok: true,
			imported: 0,
			refused: [{ path: DE, unitId: first.id, reason: expect.stringMatching(/stale/) as string }]
		});
		await interchange.importXliff(asFile('other.xlf', elsewhere));
		expect(interchange.lastImport).toMatchObject({
			ok: true,
			imported: 0,
			refused: [{ path: 'elsewhere/other.md', unitId: null }]
		});
	});

	it('imports a target that dropped a code, with a markup warning', async () => {
		const { workbench, interchange, downloads } = await opened();
		const sxs = documentOf(DE);
		const coded = sxs.segments.find((s) => s.translation.includes('`'));
		if (!coded) throw new Error('a segment with inline code');
		workbench.selectFile(toFileId(DE));
		await interchange.exportXliff('current', '1.2');
		const xml = new TextDecoder().decode(downloads[0]?.bytes);
		await interchange.importXliff(asFile('dropped.xlf', replaceTarget(xml, coded.id, 'Ohne Code')));
		expect(interchange.lastImport).toMatchObject({
			ok: true,
			imported: 1,
			refused: [],
			problems: [{ path: DE, unitId: coded.id, kind: 'markup' }]
		});
		expect(workbench.workspace.editsOf(toFileId(DE)).get(coded.id)).toBe('Ohne Code');
	});

	it.each([
		['malformed', '<xliff version="1.2"><file>'],
		['a DTD with entities', '<!DOCTYPE x [<!ENTITY a "aaaa">]><xliff version="1.2"/>'],
		['not XLIFF', '<html/>']
	])('gives a clear message for %s and changes nothing', async (_, text) => {
		const { interchange, workbench } = await opened();
		await interchange.importXliff(asFile('bad.xlf', text));
		const summary = interchange.lastImport;
		expect(summary?.ok).toBe(false);
		expect(summary?.ok === false && summary.message.length).toBeGreaterThan(10);
		expect(workbench.workspace.edits.size).toBe(0);
		expect(workbench.bulkUndo.canUndo).toBe(false);
	});
});
