import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import packageJson from '../../../package.json' with { type: 'json' };
import { COMMANDS } from '../../../src/cli/commands.ts';
import { startProgress } from '../../../src/cli/progress.ts';
import { isColourAllowed, parseGlobalOptions, withOptions } from '../../../src/cli/settings.ts';
import { runInProcess as run } from '../../helpers/cli-run.ts';
import { segmentMarkup } from '../../helpers/sxs-builders.ts';

const dir = mkdtempSync(join(tmpdir(), 'locdiff-conventions-'));
const good = join(dir, 'good.md');
writeFileSync(good, segmentMarkup('aaaaa-101', 'Т', 'T'));
const binary = join(dir, 'binary.md');
writeFileSync(binary, Buffer.from([0, 1, 2, 3]));

describe('locdiff --version and help', () => {
	it('--version prints the version of package.json', async () => {
		expect(await run(['--version'])).toEqual({
			code: 0,
			stdout: `${packageJson.version}\n`,
			stderr: []
		});
	});

	it.each(COMMANDS.map((c) => c.name))('help %s prints that command’s usage', async (name) => {
		const { code, stdout } = await run(['help', name]);
		expect(code).toBe(0);
		expect(stdout).toMatch(new RegExp(`^Usage: locdiff ${name}`));
	});

	it('help of an unknown command exits 2 and lists the commands', async () => {
		const { code, stderr } = await run(['help', 'frobnicate']);
		expect(code).toBe(2);
		expect(stderr.join('\n')).toMatch(/unknown command "frobnicate"[\s\S]*roundtrip/);
	});

	it('the overview lists every registered command and the global options', async () => {
		const { stdout } = await run(['--help']);
		for (const command of COMMANDS) expect(stdout).toContain(`  ${command.name} `);
		expect(stdout).toMatch(/--quiet[\s\S]*--jobs N[\s\S]*--version/);
	});
});

describe('--quiet', () => {
	it('drops the roundtrip summary line, wherever it stands', async () => {
		for (const args of [
			['--quiet', 'roundtrip', good],
			['roundtrip', good, '-q']
		])
			expect(await run(args)).toEqual({ code: 0, stdout: '', stderr: [] });
	});

	it('still names unreadable files and keeps the exit code', async () => {
		const { code, stdout, stderr } = await run(['roundtrip', '--quiet', good, binary]);
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr).toEqual([expect.stringMatching(/binary\.md: /)]);
	});

	it('takes the progress line away from the command', () => {
		const output = { stdout() {}, stderr() {}, progress() {} };
		expect('progress' in withOptions(output, {})).toBe(true);
		expect('progress' in withOptions(output, { quiet: true })).toBe(false);
		expect(withOptions(output, { quiet: true }).settings).toEqual({ quiet: true });
	});
});

describe('parseGlobalOptions', () => {
	it('takes --jobs N and --jobs=N out of the arguments', () => {
		expect(parseGlobalOptions(['roundtrip', '--jobs', '3', 'x'])).toEqual({
			ok: true,
			jobs: 3,
			rest: ['roundtrip', 'x']
		});
		expect(parseGlobalOptions(['--jobs=12', 'roundtrip'])).toEqual({
			ok: true,
			jobs: 12,
			rest: ['roundtrip']
		});
	});

	it('leaves everything after -- to the command', () => {
		expect(parseGlobalOptions(['roundtrip', '--', '--quiet'])).toEqual({
			ok: true,
			rest: ['roundtrip', '--', '--quiet']
		});
	});

	it.each([['--jobs'], ['--jobs', '0'], ['--jobs', 'two'], ['--jobs=-1'], ['--jobs', '1.5']])(
		'refuses %j with a message',
		(...args) => {
			const parsed = parseGlobalOptions(['roundtrip', ...args]);
			expect(parsed.ok).toBe(false);
		}
	);

	it('a bad --jobs exits 2 with the reason on stderr', async () => {
		const { code, stderr } = await run(['roundtrip', good, '--jobs', 'many']);
		expect(code).toBe(2);
		expect(stderr).toEqual(['locdiff: --jobs needs a whole number from 1 to 9999, not "many"']);
	});
});

describe('colour', () => {
	it('is allowed only on a terminal without NO_COLOR or TERM=dumb', () => {
		expect(isColourAllowed(true, {})).toBe(true);
		expect(isColourAllowed(false, {})).toBe(false);
		expect(isColourAllowed(true, { NO_COLOR: '' })).toBe(false);
		expect(isColourAllowed(true, { NO_COLOR: '1' })).toBe(false);
		expect(isColourAllowed(true, { TERM: 'dumb' })).toBe(false);
	});

	it('paints the file name prefix of an error only when the settings allow it', async () => {
		const plain = await run(['roundtrip', binary]);
		expect(plain.stderr[0]).toMatch(/^locdiff: /);
		const coloured = await run(['roundtrip', binary], { settings: { errorColor: true } });
		expect(coloured.stderr[0]?.startsWith('\u001b[31mlocdiff:\u001b[0m ')).toBe(true);
		expect(coloured.stdout).toBe(plain.stdout);
	});
});

describe('startProgress', () => {
	it('draws nothing for a short run, then at most every 100 ms, and clears the line at the end', () => {
		const lines: string[] = [];
		let now = 0;
		const progress = startProgress(
			{ stdout() {}, stderr() {}, progress: (l) => lines.push(l) },
			'roundtrip',
			() => now
		);
		progress.update(1);
		now = 450;
		progress.update(1200);
		now = 500;
		progress.update(1300);
		now = 560;
		progress.update(1400);
		progress.end();
		expect(lines).toEqual(['roundtrip: 1,200 files…', 'roundtrip: 1,400 files…', '']);
	});

	it('draws nothing without a terminal', () => {
		let now = 0;
		const progress = startProgress(
			{ stdout() {}, stderr: () => expect.fail('no stderr') },
			'x',
			() => now
		);
		now = 10_000;
		progress.update(5);
		progress.end();
	});
});
