import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/commands.ts';
import { sxsText, type Row } from '../../helpers/merge-builders.ts';

async function run(...args: string[]) {
	const chunks: Buffer[] = [];
	const stderr: string[] = [];
	const code = await runCli(args, {
		stdout: (text) => chunks.push(Buffer.from(text)),
		stderr: (line) => stderr.push(line)
	});
	return { code, stdout: Buffer.concat(chunks).toString('utf8'), stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'locdiff-merge-cli-'));
const file = (name: string, text: string): string => {
	writeFileSync(join(dir, name), text);
	return join(dir, name);
};

// base → mine: the translator edited 102 and 104. theirs: regenerated (new key, a new sentence
// before 103), 104 freshly translated.
const BASE: readonly Row[] = [
	['101', 'Заголовок', 'Title'],
	['102', 'Увійдіть.', 'Sign in.'],
	['103', 'Виберіть файл.', 'Select the file.'],
	['104', 'Збережіть.', 'Save it.']
];
const MINE: readonly Row[] = [
	BASE[0]!,
	['102', 'Увійдіть у систему.', 'Sign in.'],
	BASE[2]!,
	['104', 'Збережіть його.', 'Save it.']
];
const THEIRS: readonly Row[] = [
	BASE[0]!,
	['102', 'Увійдіть.', 'Sign in.'],
	['103', 'Відкрийте OneDrive.', 'Open OneDrive.'],
	['104', 'Виберіть файл.', 'Select the file.'],
	['105', 'Збережіть файл.', 'Save it.']
];
const base = file('base.md', sxsText('aaaaa', BASE));
const theirs = file('theirs.md', sxsText('bbbbb', THEIRS));
const MERGED = sxsText('bbbbb', [
	THEIRS[0]!,
	['102', 'Увійдіть у систему.', 'Sign in.'],
	...THEIRS.slice(2)
]);

describe('locdiff merge', () => {
	it('prints the merged file on stdout, the report on stderr, and exits 1 for a conflict', async () => {
		const { code, stdout, stderr } = await run(
			'merge',
			base,
			file('mine.md', sxsText('aaaaa', MINE)),
			theirs
		);
		expect(code).toBe(1);
		expect(stdout).toBe(MERGED);
		expect(stderr).toHaveLength(1);
		expect(JSON.parse(stderr[0] ?? '')).toEqual({
			carried: [{ mine: 'aaaaa-102', theirs: 'bbbbb-102' }],
			same: [],
			conflicts: [
				{
					kind: 'both-changed',
					mine: 'aaaaa-104',
					theirs: 'bbbbb-105',
					base: 'Збережіть.',
					mine_text: 'Збережіть його.',
					theirs_text: 'Збережіть файл.'
				}
			],
			new: ['bbbbb-103'],
			dropped: [],
			refused: []
		});
	});

	it('writes OUT over MINE and the report to FILE, prints nothing, and exits 0 without conflicts', async () => {
		const mine = file('mine-clean.md', sxsText('aaaaa', [BASE[0]!, MINE[1]!, ...BASE.slice(2)]));
		const report = join(dir, 'report.json');
		const { code, stdout, stderr } = await run(
			'merge',
			base,
			mine,
			theirs,
			'-o',
			mine,
			'--report',
			report
		);
		expect([code, stdout, stderr]).toEqual([0, '', []]);
		expect(readFileSync(mine, 'utf8')).toBe(MERGED);
		const json = JSON.parse(readFileSync(report, 'utf8')) as Record<string, unknown>;
		expect(Object.keys(json)).toEqual([
			'carried',
			'same',
			'conflicts',
			'new',
			'dropped',
			'refused'
		]);
		expect(json.carried).toEqual([{ mine: 'aaaaa-102', theirs: 'bbbbb-102' }]);
	});

	it('carries the edits of THEIRS onto MINE when only THEIRS is BASE with edits (git, other way round)', async () => {
		const mine = file('mine-swapped.md', sxsText('aaaaa', MINE));
		const report = join(dir, 'report-swapped.json');
		const { code, stdout, stderr } = await run('merge', base, theirs, mine, '--report', report);
		expect([code, stdout]).toEqual([1, MERGED]);
		expect(stderr).toEqual([
			expect.stringMatching(
				/mine-swapped\.md holds the edits of .*base\.md: carried onto .*theirs\.md/
			)
		]);
		const json = JSON.parse(readFileSync(report, 'utf8')) as Record<string, unknown>;
		expect(json.carried).toEqual([{ mine: 'aaaaa-102', theirs: 'bbbbb-102' }]);
	});

	it('exits 2 with a message when neither MINE nor THEIRS is BASE with edits', async () => {
		const { code, stdout, stderr } = await run('merge', base, theirs, theirs);
		expect([code, stdout]).toEqual([2, '']);
		expect(stderr).toEqual([
			expect.stringMatching(/theirs\.md: .*must be the base with edited translations/)
		]);
	});

	it('exits 2 on an unreadable file, a missing value or a wrong number of files', async () => {
		const missing = await run('merge', base, join(dir, 'nope.md'), theirs);
		expect([missing.code, missing.stderr[0]]).toEqual([
			2,
			expect.stringMatching(/nope\.md: no such file/)
		]);
		expect((await run('merge', base, base, theirs, '-o')).code).toBe(2);
		expect((await run('merge', base, theirs)).code).toBe(2);
		const unwritable = await run(
			'merge',
			base,
			base,
			theirs,
			'-o',
			join(dir, 'no', 'such', 'dir.md')
		);
		expect([unwritable.code, unwritable.stderr[0]]).toEqual([
			2,
			expect.stringMatching(/cannot write/)
		]);
	});
});

describe('locdiff patch', () => {
	it('prints nothing and exits 0 for equal files, like diff', async () => {
		expect(await run('patch', base, base)).toEqual({ code: 0, stdout: '', stderr: [] });
	});

	// Lines 6 and 10 of the 10-line files differ: one hunk from line 3 (three lines of context) to 10.
	it('prints a unified diff naming ORIGINAL relative to the current folder, and exits 1', async () => {
		const edited = file('edited.md', sxsText('aaaaa', MINE));
		const { code, stdout } = await run('patch', base, edited);
		expect(code).toBe(1);
		const name = relative(process.cwd(), base);
		expect(stdout.split('\n').slice(0, 3)).toEqual([
			`--- a/${name}`,
			`+++ b/${name}`,
			'@@ -3,8 +3,8 @@'
		]);
		expect(stdout.match(/^[-+]<span.*$/gm)).toHaveLength(4);
	});

	it('exits 2 when a file cannot be read', async () => {
		expect((await run('patch', base, join(dir, 'nope.md'))).code).toBe(2);
	});
});
