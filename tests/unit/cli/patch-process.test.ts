/** `locdiff patch` run from the folder of the files: its output applies there with git and patch. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runTool } from '../../helpers/patch-tools.ts';
import { sxsText, type Row } from '../../helpers/merge-builders.ts';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const ROWS: readonly Row[] = [
	['101', 'Заголовок', 'Title'],
	['102', 'Увійдіть.', 'Sign in.']
];
// No final newline, CRLF line ends: the awkward cases for patch tools.
const original = sxsText('aaaaa', ROWS).replace(/\n/g, '\r\n').trimEnd();
const edited = original.replace('>Увійдіть.<', '>Увійдіть у систему.<');

describe('locdiff patch (as a process)', () => {
	it('prints a patch that git apply and patch -p1 apply to ORIGINAL from the current folder', () => {
		const dir = mkdtempSync(join(tmpdir(), 'locdiff-patch-cli-'));
		writeFileSync(join(dir, 'doc.md'), original);
		writeFileSync(join(dir, 'edited.md'), edited);
		const cli = spawnSync(
			join(repoRoot, 'node_modules/.bin/tsx'),
			[join(repoRoot, 'src/cli/main.ts'), 'patch', 'doc.md', 'edited.md'],
			{ cwd: dir }
		);
		expect(cli.status).toBe(1);
		const patch = new Uint8Array(cli.stdout);
		const gitApply = runTool('git', ['apply', '-'], dir, patch);
		expect(gitApply, gitApply.output).toMatchObject({ status: 0 });
		expect(readFileSync(join(dir, 'doc.md'), 'utf8')).toBe(edited);
		writeFileSync(join(dir, 'doc.md'), original);
		const gnuPatch = runTool('patch', ['-p1'], dir, patch);
		expect(gnuPatch, gnuPatch.output).toMatchObject({ status: 0 });
		expect(readFileSync(join(dir, 'doc.md'), 'utf8')).toBe(edited);
	}, 30_000);
});
