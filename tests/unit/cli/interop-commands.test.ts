import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTmx } from '../../../src/core/index.ts';
import { billionLaughs, hostileInputs, oversizedXliff } from '../../helpers/hostile-xml.ts';
import { runCliCaptured as run } from '../../helpers/run-cli.ts';
import { segmentMarkup } from '../../helpers/sxs-builders.ts';
import { replaceTarget } from '../../helpers/xliff-edit.ts';

const dir = mkdtempSync(join(tmpdir(), 'locdiff-interop-cli-'));
const UK = `---\nms.contentlocale: uk-UA\nms.translationtype: MT\n---\n# ${segmentMarkup('a1b2c-101', 'Натисніть <b>Так</b>', 'Select <b>Yes</b>')}\n${segmentMarkup('a1b2c-102', 'Готово', 'Done')}`;
const DE = `---\nms.contentlocale: de-DE\n---\n${segmentMarkup('ddddd-101', 'Fertig', 'Done')}`;
const uk = join(dir, 'doc.uk-UA.md');
const uk2 = join(dir, 'sub', 'two.uk-UA.md');
const de = join(dir, 'doc.de-DE.md');
writeFileSync(uk, UK);
writeFileSync(de, DE);
await import('node:fs/promises').then((fs) => fs.mkdir(join(dir, 'sub'), { recursive: true }));
writeFileSync(uk2, UK.replace(/a1b2c/g, 'b2b2b'));

describe('locdiff xliff', () => {
	it('prints XLIFF 2.0 by default and 1.2 with --version, original = the path as given', async () => {
		const v2 = await run('xliff', uk);
		expect(v2.code).toBe(0);
		expect(v2.stdout).toContain(`<file id="f1" original="${uk}"`);
		const v1 = await run('xliff', '--version', '1.2', uk, de);
		expect(v1.code).toBe(0);
		expect(v1.stdout.match(/<file /g)).toHaveLength(2);
	});

	it('writes to -o OUT', async () => {
		const out = join(dir, 'out', 'x.xlf');
		expect((await run('xliff', '-o', out, uk)).code).toBe(0);
		expect(readFileSync(out, 'utf8')).toContain('<unit id="a1b2c-101">');
	});

	it('exits 2 with a message for several locales in 2.0, a bad version, or an unreadable file', async () => {
		const mixed = await run('xliff', uk, de);
		expect([mixed.code, mixed.stderr[0]]).toEqual([
			2,
			expect.stringContaining('use XLIFF 1.2') as unknown
		]);
		expect((await run('xliff', '--version', '3', uk)).code).toBe(2);
		const missing = await run('xliff', join(dir, 'nope.md'));
		expect([missing.code, missing.stderr]).toEqual([
			2,
			[`locdiff: ${join(dir, 'nope.md')}: no such file`]
		]);
	});
});

describe('locdiff xliff-import', () => {
	async function exported(version: '1.2' | '2.0', ...files: string[]): Promise<string> {
		return (await run('xliff', '--version', version, ...files)).stdout;
	}

	it('gives the same bytes for an unchanged XLIFF', async () => {
		const xlf = join(dir, 'same.xlf');
		writeFileSync(xlf, await exported('2.0', uk));
		const result = await run('xliff-import', xlf, uk);
		expect([result.code, result.stderr]).toEqual([0, []]);
		expect(result.stdoutBytes.equals(readFileSync(uk))).toBe(true);
	});

	it('applies a changed target like apply, writing -o OUT', async () => {
		const xlf = join(dir, 'changed.xlf');
		writeFileSync(xlf, replaceTarget(await exported('1.2', uk), 'a1b2c-102', 'Зроблено'));
		const out = join(dir, 'changed.md');
		const result = await run('xliff-import', xlf, uk, '-o', out);
		expect(result.code).toBe(0);
		expect(readFileSync(out, 'utf8')).toBe(UK.replace('>Готово<', '>Зроблено<'));
	});

	it('writes several files under --out-dir and exits 1 when a unit is refused', async () => {
		let xml = replaceTarget(await exported('2.0', uk, uk2), 'a1b2c-102', 'Зроблено');
		xml = replaceTarget(xml, 'b2b2b-102', '<ph id="9" dataRef="d9"/>');
		const xlf = join(dir, 'two.xlf');
		writeFileSync(xlf, xml);
		const outDir = join(dir, 'written');
		const result = await run('xliff-import', xlf, uk, uk2, '--out-dir', outDir);
		expect(result.code).toBe(1);
		expect(result.stderr).toEqual([
			expect.stringMatching(/two\.uk-UA\.md: refused b2b2b-102: .*"9"/) as unknown
		]);
		// Absolute paths lie outside the current folder: each is written under its name.
		expect(readFileSync(join(outDir, 'doc.uk-UA.md'), 'utf8')).toContain('>Зроблено<');
		expect(readFileSync(join(outDir, 'two.uk-UA.md'), 'utf8')).toBe(readFileSync(uk2, 'utf8'));
	});

	it('reports a dropped code as a markup problem and still imports', async () => {
		const xlf = join(dir, 'dropped.xlf');
		writeFileSync(xlf, replaceTarget(await exported('1.2', uk), 'a1b2c-101', 'Натисніть Так'));
		const result = await run('xliff-import', xlf, uk);
		expect(result.code).toBe(0);
		expect(result.stderr).toEqual([expect.stringContaining('a1b2c-101: markup: ') as unknown]);
		expect(result.stdout).toContain('>Натисніть Так<');
	});

	it.each([
		...Object.entries(hostileInputs()),
		['billion laughs as a file', new TextEncoder().encode(billionLaughs())],
		['a 50 MB file', oversizedXliff(50)]
	])('exits 2 for %s and writes nothing', async (_, bytes) => {
		const xlf = join(dir, 'hostile.xlf');
		writeFileSync(xlf, bytes);
		const out = join(dir, 'never.md');
		const result = await run('xliff-import', xlf, uk, '-o', out);
		expect(result.code).toBe(2);
		expect(result.stderr).toEqual([
			expect.stringContaining(`locdiff: ${xlf}: The file`) as unknown
		]);
		expect(existsSync(out)).toBe(false);
	});

	it('exits 1 when a <file> of the XLIFF names none of the FILEs, writing them unchanged', async () => {
		const xlf = join(dir, 'other.xlf');
		writeFileSync(xlf, await exported('1.2', uk));
		const result = await run('xliff-import', xlf, uk2);
		expect(result.code).toBe(1);
		expect(result.stderr).toEqual([
			`locdiff: ${xlf}: no FILE matches <file> ${uk}; its units were not imported`,
			`locdiff: ${uk2}: the XLIFF has no <file> for it; written unchanged`
		]);
		expect(result.stdoutBytes.equals(readFileSync(uk2))).toBe(true);
	});

	it('refuses wrong arguments with usage, exit 2', async () => {
		expect((await run('xliff-import', join(dir, 'same.xlf'))).code).toBe(2);
		expect((await run('xliff-import', join(dir, 'same.xlf'), uk, uk2)).code).toBe(2);
		expect(
			(await run('xliff-import', join(dir, 'same.xlf'), uk, '-o', 'a', '--out-dir', 'b')).code
		).toBe(2);
		expect((await run('xliff-import', join(dir, 'missing.xlf'), uk)).code).toBe(2);
	});
});

describe('locdiff tmx', () => {
	it('writes a TMX memory of files and folders to stdout or -o', async () => {
		const result = await run('tmx', join(dir, 'sub'), de);
		expect(result.code).toBe(0);
		const parsed = parseTmx(result.stdout);
		expect(
			parsed.ok && parsed.entries.map((e) => `${e.targetLanguage}:${e.target}`).sort()
		).toEqual(['de-DE:Fertig', 'uk-UA:Готово', 'uk-UA:Натисніть <b>Так</b>'].sort());
		const out = join(dir, 'm.tmx');
		expect((await run('tmx', uk, '-o', out)).code).toBe(0);
		expect(readFileSync(out, 'utf8')).toContain('<tmx version="1.4">');
	});

	it('exits 2 without paths or for an unreadable file', async () => {
		expect((await run('tmx')).code).toBe(2);
		expect((await run('tmx', join(dir, 'nope.md'))).code).toBe(2);
	});
});
