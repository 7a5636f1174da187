/**
 * The GitHub Action's script (scripts/action-run.sh) on a temporary git repository: a base
 * commit, then a head commit that changes Markdown files, as a pull request does.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { BIN, buildBin, REPO_ROOT, runProcess } from '../../helpers/cli-run.ts';
import { segmentMarkup } from '../../helpers/sxs-builders.ts';

beforeAll(buildBin, 120_000);
// Child processes on a loaded 2-core CI machine can take seconds: no timing is asserted here.
vi.setConfig({ testTimeout: 60_000 });

const SCRIPT = join(REPO_ROOT, 'scripts', 'action-run.sh');
const GOOD = (n: number) =>
	`# ${segmentMarkup(`abcde-${100 + n}`, `Заголовок ${n}`, `Title ${n}`)}\n`;
const BINARY = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]);

/** A repository whose base commit holds `base` and whose HEAD adds or changes `head`. */
function makeRepo(base: Record<string, string | Buffer>, head: Record<string, string | Buffer>) {
	const repo = mkdtempSync(join(tmpdir(), 'locdiff-action-'));
	const git = (...args: string[]) =>
		execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.test', ...args], {
			cwd: repo,
			encoding: 'utf8'
		}).trim();
	const write = (files: Record<string, string | Buffer>) => {
		for (const [name, content] of Object.entries(files)) {
			mkdirSync(join(repo, name, '..'), { recursive: true });
			writeFileSync(join(repo, name), content);
		}
		git('add', '-A');
	};
	git('init', '-q');
	write(base);
	git('commit', '-qm', 'base');
	const baseSha = git('rev-parse', 'HEAD');
	write(head);
	git('commit', '-qm', 'head', '--allow-empty');
	return { repo, baseSha };
}

function runScript(repo: string, ...args: string[]) {
	const result = spawnSync('bash', [SCRIPT, ...args], {
		cwd: repo,
		encoding: 'utf8',
		env: { ...process.env, LOCDIFF_BIN: BIN, NO_COLOR: '1' }
	});
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// `check` comes from another issue: until it is registered, the script's call to it fails with
// exit 2 and the script still runs roundtrip. Which one applies is read from `locdiff --help`.
// (Asked inside the test: the bin is built in beforeAll, after the file is collected.)
const hasCheck = () => /^ {2}check /m.test(runProcess('node bin/locdiff.mjs', ['--help']).stdout);

describe('scripts/action-run.sh', () => {
	it('checks only the Markdown files the head commit changed, and round-trips them', () => {
		const { repo, baseSha } = makeRepo(
			{ 'docs/a.md': GOOD(1), 'docs/untouched-bad.md': BINARY, 'notes.txt': 'x' },
			{ 'docs/a.md': GOOD(1) + GOOD(2), 'docs/new file ü.md': GOOD(3), 'notes.txt': 'y' }
		);
		const { code, stdout, stderr } = runScript(repo, baseSha, 'HEAD');
		expect(stdout).toContain('checking 2 changed Markdown file(s)');
		expect(stdout).toMatch(/^roundtrip: 2 files, 3 segments, 0 mismatched$/m);
		expect(stdout + stderr).not.toContain('untouched-bad.md');
		if (hasCheck()) expect(code).toBe(0);
		else {
			expect(stderr).toContain('unknown command "check"');
			expect(code).toBe(2);
		}
	});

	it('fails for a changed file that cannot be read, naming it, after checking the others', () => {
		const { repo, baseSha } = makeRepo(
			{ 'a.md': GOOD(1) },
			{ 'b.md': GOOD(2), 'broken.md': BINARY }
		);
		const { code, stdout, stderr } = runScript(repo, baseSha);
		expect(code).toBe(2);
		expect(stderr).toMatch(/locdiff: broken\.md: /);
		expect(stdout).toMatch(/^roundtrip: 1 files, 1 segments, 0 mismatched$/m);
	});

	it('passes when no Markdown file changed', () => {
		const { repo, baseSha } = makeRepo({ 'a.md': GOOD(1), 'x.txt': '1' }, { 'x.txt': '2' });
		const { code, stdout } = runScript(repo, baseSha, 'HEAD');
		expect(code).toBe(0);
		expect(stdout).toContain('no Markdown files changed');
	});

	it('exits 2 with an annotation when no base is given (not a pull request)', () => {
		const { repo } = makeRepo({ 'a.md': GOOD(1) }, { 'a.md': GOOD(2) });
		const { code, stdout } = runScript(repo, '');
		expect(code).toBe(2);
		expect(stdout).toMatch(/^::error::locdiff: no base commit/m);
	});

	it('exits 2 with an annotation when the base commit is missing', () => {
		const { repo } = makeRepo({ 'a.md': GOOD(1) }, { 'a.md': GOOD(2) });
		const { code, stdout } = runScript(repo, '0000000000000000000000000000000000000000');
		expect(code).toBe(2);
		expect(stdout).toMatch(/^::error::locdiff: no commit 0{40} here/m);
	});
});
