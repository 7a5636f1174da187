import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliInProcess as run } from '../../helpers/run-cli.ts';
import { segmentMarkup } from '../../helpers/sxs-builders.ts';

const dir = mkdtempSync(join(tmpdir(), 'locdiff-check-'));
const FRONT = '---\nms.contentlocale: de-DE\n---\n';
/** Line 5: a changed link (error + warning) in segment 101; line 7: a double space in 102. */
const BAD = `${FRONT}\n${segmentMarkup('a1b2c-101', 'Siehe [Anleitung](anleitung.md).', 'See [the guide](guide.md).')}\n\n${segmentMarkup('a1b2c-102', 'Öffnen  Sie die Datei.', 'Open the file.')}\n`;
const bad = join(dir, 'bad.de-DE.md');
writeFileSync(bad, BAD);
const good = join(dir, 'folder', 'good.de-DE.md');
mkdirSync(join(dir, 'folder'));
writeFileSync(
	good,
	`${FRONT}${segmentMarkup('bbbbb-101', 'Öffnen Sie die Datei.', 'Open the file.')}\n`
);
const multiline = join(dir, 'multiline.md');
writeFileSync(multiline, segmentMarkup('ccccc-101', 'Eins.\nZwei  drei.', 'One.\nTwo three.'));

describe('locdiff check', () => {
	it('prints one line per problem at its line and column, then the summary; exit 1 on an error', async () => {
		const { code, stdout, stderr } = await run('check', bad);
		expect(stderr).toEqual([]);
		const column = '<span data-ttu-id="a1b2c-102">'.length + 1 + 'Öffnen'.length;
		expect(stdout.split('\n')).toEqual([
			`${bad}:5:31: error link-url a1b2c-101 Link target "guide.md" of the source is missing from the translation.`,
			`${bad}:5:49: warning link-url a1b2c-101 Link target "anleitung.md" is not in the source.`,
			`${bad}:7:${column}: info whitespace a1b2c-102 Double space in the translation.`,
			'check: 1 files, 2 segments, 3 problems (1 errors)',
			''
		]);
		expect(code).toBe(1);
	});

	it('exits 0 when there are only warnings or nothing, and walks folders', async () => {
		const { code, stdout } = await run('check', join(dir, 'folder'));
		expect(stdout).toBe('check: 1 files, 1 segments, 0 problems (0 errors)\n');
		expect(code).toBe(0);
	});

	it('counts lines inside a multi-line translation', async () => {
		const { code, stdout } = await run('check', multiline);
		expect(stdout.split('\n')[0]).toBe(
			`${multiline}:2:5: info whitespace ccccc-101 Double space in the translation.`
		);
		expect(code).toBe(0);
	});

	it('--json prints only the array, with the contract keys', async () => {
		const { code, stdout } = await run('check', '--json', bad);
		const rows = JSON.parse(stdout) as Record<string, unknown>[];
		expect(rows.map((row) => Object.keys(row))).toEqual([
			['file', 'id', 'line', 'column', 'check', 'severity', 'message'],
			['file', 'id', 'line', 'column', 'check', 'severity', 'message'],
			['file', 'id', 'line', 'column', 'check', 'severity', 'message']
		]);
		expect(rows[0]).toMatchObject({
			file: bad,
			id: 'a1b2c-101',
			line: 5,
			column: 31,
			check: 'link-url',
			severity: 'error'
		});
		expect(code).toBe(1);
	});

	it('--format github prints workflow commands, info as notice', async () => {
		const { stdout } = await run('check', bad, '--format', 'github');
		const lines = stdout.split('\n');
		expect(lines[0]).toBe(
			`::error file=${bad},line=5,col=31,title=locdiff link-url::a1b2c-101 Link target "guide.md" of the source is missing from the translation.`
		);
		expect(lines[1]).toMatch(/^::warning file=.*,line=5,col=49,/);
		expect(lines[2]).toMatch(
			/^::notice file=.*,line=7,col=\d+,title=locdiff whitespace::a1b2c-102 /
		);
	});

	it('runs the consistency checks across the files given', async () => {
		const other = join(dir, 'other.de-DE.md');
		writeFileSync(
			other,
			`${FRONT}${segmentMarkup('ddddd-101', 'Datei öffnen.', 'Open the file.')}\n`
		);
		const { stdout } = await run('check', good, other);
		expect(stdout).toContain(`${other}:4:`);
		expect(stdout).toContain('inconsistent-translation ddddd-101');
	});

	it('exits 2 on an unreadable file and still checks the others', async () => {
		const { code, stdout, stderr } = await run('check', join(dir, 'missing.md'), bad);
		expect(stderr).toEqual([`locdiff: ${join(dir, 'missing.md')}: no such file`]);
		expect(stdout).toContain('check: 1 files, 2 segments');
		expect(code).toBe(2);
	});

	it.each([
		[[]],
		[['--format', 'xml', bad]],
		[['--json', '--format=github', bad]],
		[['--nope', bad]]
	])('exits 2 on bad usage %j', async (args) => {
		const { code, stdout, stderr } = await run('check', ...args);
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr.join('\n')).toContain('Usage: locdiff check');
	});
});
