import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliInProcess } from '../../helpers/run-cli.ts';
import { segmentMarkup } from '../../helpers/sxs-builders.ts';

const run = runCliInProcess;

const dir = mkdtempSync(join(tmpdir(), 'locdiff-cli-'));
const GOOD = `---\nms.contentlocale: uk-UA\nms.translationtype: MT\n---\n# ${segmentMarkup('a1b2c-101', 'Заголовок', 'Title')}\n\n- [${segmentMarkup('a1b2c-102', 'Посилання \\*', 'Link \\*')}](x)`;
const good = join(dir, 'doc.uk-UA.md');
writeFileSync(good, GOOD);
mkdirSync(join(dir, 'nested', 'deeper'), { recursive: true });
writeFileSync(join(dir, 'nested', 'deeper', 'other.md'), segmentMarkup('bbbbb-101', 'Б', 'B'));
writeFileSync(join(dir, 'nested', 'ignored.txt'), 'not markdown');
const binary = join(dir, 'binary.md');
writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));

describe('locdiff segments', () => {
	it('prints the contract JSON with raw target and source', async () => {
		const { code, stdout } = await run('segments', good);
		expect(code).toBe(0);
		const json = JSON.parse(stdout) as Record<string, unknown>;
		expect(Object.keys(json)).toEqual([
			'file',
			'locale',
			'translationType',
			'segments',
			'diagnostics'
		]);
		expect(json).toMatchObject({
			file: good,
			locale: 'uk-UA',
			translationType: 'MT',
			diagnostics: []
		});
		expect(json.segments).toEqual([
			{
				id: 'a1b2c-101',
				number: '101',
				target: 'Заголовок',
				source: 'Title',
				line: 5,
				context: 'heading'
			},
			{
				id: 'a1b2c-102',
				number: '102',
				target: 'Посилання \\*',
				source: 'Link \\*',
				line: 7,
				context: 'link-text'
			}
		]);
	});

	it('names an undecodable file on stderr and exits 2', async () => {
		const { code, stdout, stderr } = await run('segments', binary);
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr).toHaveLength(1);
		expect(stderr[0]).toMatch(/binary\.md: .*binary/);
	});
});

describe('locdiff roundtrip', () => {
	it('walks folders for *.md and ends with the contract line', async () => {
		const { code, stdout } = await run('roundtrip', good, join(dir, 'nested'));
		expect(code).toBe(0);
		expect(stdout.trimEnd().split('\n').at(-1)).toBe(
			'roundtrip: 2 files, 3 segments, 0 mismatched'
		);
	});

	it('reports unreadable files on stderr, checks the rest and exits 2', async () => {
		const { code, stdout, stderr } = await run('roundtrip', good, binary, join(dir, 'missing.md'));
		expect(code).toBe(2);
		expect(stderr).toEqual([
			expect.stringMatching(/binary\.md: /),
			expect.stringMatching(/missing\.md: no such file/)
		]);
		expect(stdout.trimEnd().split('\n').at(-1)).toBe(
			'roundtrip: 1 files, 2 segments, 0 mismatched'
		);
	});
});

describe('file names (E15)', () => {
	it('reads names with an en dash and zero-width spaces, and names them exactly', async () => {
		const name = join(dir, 'subscription\u2013based\u200b\u200b\u200b.uk-UA.md');
		writeFileSync(name, GOOD);
		const segments = await run('segments', name);
		expect(segments.code).toBe(0);
		expect((JSON.parse(segments.stdout) as { file: string }).file).toBe(name);
		const roundtrip = await run('roundtrip', name);
		expect(roundtrip.stdout).toBe('roundtrip: 1 files, 2 segments, 0 mismatched\n');
	});
});

describe('locdiff clean', () => {
	it('prints the target Markdown, with \\* kept unless asked', async () => {
		const plain = await run('clean', good);
		expect(plain.code).toBe(0);
		expect(plain.stdout).toBe(
			'---\nms.contentlocale: uk-UA\nms.translationtype: MT\n---\n# Заголовок\n\n- [Посилання \\*](x)'
		);
		const unescaped = await run('clean', good, '--unescape-stars');
		expect(unescaped.stdout.endsWith('- [Посилання *](x)')).toBe(true);
	});
});

describe('locdiff apply', () => {
	it('writes the file with the edit and nothing else changed', async () => {
		const edits = join(dir, 'edits.json');
		writeFileSync(edits, JSON.stringify({ 'a1b2c-101': 'Новий заголовок' }));
		const { code, stdout } = await run('apply', good, edits);
		expect(code).toBe(0);
		expect(stdout).toBe(GOOD.replace('>Заголовок<', '>Новий заголовок<'));
	});

	it('refuses an edit with segment markup, says so and exits 1', async () => {
		const edits = join(dir, 'bad-edits.json');
		writeFileSync(edits, JSON.stringify({ 'a1b2c-101': '<span data-ttu-id="x-1">' }));
		const { code, stdout, stderr } = await run('apply', good, edits);
		expect(code).toBe(1);
		expect(stdout).toBe(GOOD);
		expect(stderr[0]).toMatch(/refused a1b2c-101: .*segment markup/);
	});
});

describe('locdiff help and usage', () => {
	it.each(['segments', 'roundtrip', 'clean', 'align', 'apply'])(
		'%s --help prints its usage',
		async (name) => {
			const { code, stdout } = await run(name, '--help');
			expect(code).toBe(0);
			expect(stdout).toMatch(new RegExp(`^Usage: locdiff ${name}`));
		}
	);

	it('an unknown command exits 2 with the command list', async () => {
		const { code, stderr } = await run('frobnicate');
		expect(code).toBe(2);
		expect(stderr.join('\n')).toMatch(/unknown command "frobnicate"[\s\S]*roundtrip/);
	});

	it('a command with missing arguments exits 2 with its usage', async () => {
		const { code, stderr } = await run('align', good);
		expect(code).toBe(2);
		expect(stderr.join('\n')).toMatch(/Usage: locdiff align A B/);
	});
});
