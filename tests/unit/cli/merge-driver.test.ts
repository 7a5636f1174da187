/**
 * locdiff as a git merge driver, in a real temporary repository, set up as the README says:
 * `.gitattributes` with `*.md merge=locdiff` and `merge.locdiff.driver` running
 * `... merge %O %A %B -o %A` (here with absolute paths to this checkout's tsx and CLI).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseSxs } from '../../../src/core/index.ts';
import { sxsText, type Row } from '../../helpers/merge-builders.ts';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const quote = (path: string) => `'${path.replace(/'/g, `'\\''`)}'`;
const DRIVER = `${quote(join(repoRoot, 'node_modules/.bin/tsx'))} ${quote(join(repoRoot, 'src/cli/main.ts'))} merge %O %A %B -o %A`;

const BASE: readonly Row[] = [
	['101', 'Заголовок', 'Title'],
	['102', 'Увійдіть.', 'Sign in.'],
	['103', 'Виберіть файл.', 'Select the file.'],
	['104', 'Збережіть.', 'Save it.']
];

function git(cwd: string, ...args: string[]) {
	const result = spawnSync('git', args, { cwd, encoding: 'utf8' });
	return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** A repository whose main branch holds doc.md = `base`, with the locdiff driver configured. */
function repository(base: string): string {
	const dir = mkdtempSync(join(tmpdir(), 'locdiff-git-'));
	git(dir, 'init', '-q', '-b', 'main');
	git(dir, 'config', 'user.email', 'test@example.test');
	git(dir, 'config', 'user.name', 'Test');
	git(dir, 'config', 'merge.locdiff.driver', DRIVER);
	writeFileSync(join(dir, '.gitattributes'), '*.md merge=locdiff\n');
	writeFileSync(join(dir, 'doc.md'), base);
	git(dir, 'add', '.');
	git(dir, 'commit', '-q', '-m', 'base');
	return dir;
}

function commitOnBranch(dir: string, branch: string, text: string): void {
	git(dir, 'checkout', '-q', '-B', branch, 'main');
	writeFileSync(join(dir, 'doc.md'), text);
	git(dir, 'commit', '-q', '-am', branch);
}

const translationsOf = (dir: string) =>
	parseSxs(readFileSync(join(dir, 'doc.md'), 'utf8')).segments.map((s) => [s.id, s.translation]);

describe('locdiff merge as a git merge driver', () => {
	it('merges two branches that edited different segments, with no conflict', () => {
		const dir = repository(sxsText('aaaaa', BASE));
		commitOnBranch(
			dir,
			'colleague',
			sxsText('aaaaa', [BASE[0]!, ['102', 'Колега.', 'Sign in.'], BASE[2]!, BASE[3]!])
		);
		commitOnBranch(
			dir,
			'mine',
			sxsText('aaaaa', [['101', 'Мій заголовок', 'Title'], ...BASE.slice(1)])
		);
		const merge = git(dir, 'merge', '--no-edit', 'colleague');
		expect(merge, merge.output).toMatchObject({ status: 0 });
		expect(translationsOf(dir)).toEqual([
			['aaaaa-101', 'Мій заголовок'],
			['aaaaa-102', 'Колега.'],
			['aaaaa-103', 'Виберіть файл.'],
			['aaaaa-104', 'Збережіть.']
		]);
	}, 60_000);

	it('stops with a conflict where both branches edited the same segment, keeping theirs there', () => {
		const dir = repository(sxsText('aaaaa', BASE));
		commitOnBranch(
			dir,
			'colleague',
			sxsText('aaaaa', [
				BASE[0]!,
				['102', 'Колега.', 'Sign in.'],
				['103', 'Їхнє.', 'Select the file.'],
				BASE[3]!
			])
		);
		commitOnBranch(
			dir,
			'mine',
			sxsText('aaaaa', [
				['101', 'Мій заголовок', 'Title'],
				BASE[1]!,
				['103', 'Моє.', 'Select the file.'],
				BASE[3]!
			])
		);
		const merge = git(dir, 'merge', '--no-edit', 'colleague');
		expect(merge.status).not.toBe(0);
		expect(merge.output).toMatch(/CONFLICT \(content\): Merge conflict in doc\.md/);
		expect(merge.output).toMatch(/"kind": "both-changed"/);
		expect(git(dir, 'diff', '--name-only', '--diff-filter=U').output.trim()).toBe('doc.md');
		expect(translationsOf(dir)).toEqual([
			['aaaaa-101', 'Мій заголовок'],
			['aaaaa-102', 'Колега.'],
			['aaaaa-103', 'Їхнє.'],
			['aaaaa-104', 'Збережіть.']
		]);
	}, 60_000);

	it("carries the translator's edits onto a regenerated file (new ids, a new sentence), both ways", () => {
		const dir = repository(sxsText('aaaaa', BASE));
		const regenerated: Row[] = [
			BASE[0]!,
			['102', 'Відкрийте OneDrive.', 'Open OneDrive.'],
			['103', 'Увійдіть.', 'Sign in.'],
			['104', 'Виберіть файл.', 'Select the file.'],
			['105', 'Збережіть.', 'Save it.']
		];
		commitOnBranch(dir, 'regenerated', sxsText('bbbbb', regenerated));
		commitOnBranch(
			dir,
			'mine',
			sxsText('aaaaa', [BASE[0]!, BASE[1]!, ['103', 'Оберіть файл.', 'Select the file.'], BASE[3]!])
		);
		const mineCommit = git(dir, 'rev-parse', 'HEAD').output.trim();
		const merge = git(dir, 'merge', '--no-edit', 'regenerated');
		expect(merge, merge.output).toMatchObject({ status: 0 });
		const expected = sxsText(
			'bbbbb',
			regenerated.map((row) => (row[0] === '104' ? ['104', 'Оберіть файл.', row[2]] : row))
		);
		expect(readFileSync(join(dir, 'doc.md'), 'utf8')).toBe(expected);
		// The other way round: the translator's branch merged into the regenerated one.
		git(dir, 'checkout', '-q', 'regenerated');
		const back = git(dir, 'merge', '--no-edit', mineCommit);
		expect(back, back.output).toMatchObject({ status: 0 });
		expect(back.output).toMatch(/"mine": "aaaaa-103",\s*"theirs": "bbbbb-104"/);
		expect(readFileSync(join(dir, 'doc.md'), 'utf8')).toBe(expected);
	}, 60_000);
});
