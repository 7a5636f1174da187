import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { corpusDir, describeCorpus } from '../../helpers/corpus.ts';

/** Runs the CLI exactly as the README and scripts do: `npm run --silent locdiff -- ...`. */
function locdiff(...args: string[]) {
	return spawnSync('npm', ['run', '--silent', 'locdiff', '--', ...args], { encoding: 'utf8' });
}

describeCorpus('npm run --silent locdiff (as a process)', () => {
	it('round-trips the whole shared corpus with 0 mismatched and exit code 0', () => {
		const result = locdiff('roundtrip', corpusDir!);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(result.stdout.trimEnd().split('\n').at(-1)).toMatch(
			/^roundtrip: 434 files, 12,539 segments, 0 mismatched$/
		);
	}, 60_000);

	it('checks the whole shared corpus: JSON on stdout only, exit code 1 (it has lost links)', () => {
		const result = locdiff('check', '--json', corpusDir!);
		expect(result.stderr).toBe('');
		const problems = JSON.parse(result.stdout) as { severity: string }[];
		expect(problems.length).toBeGreaterThan(1000);
		expect(problems.some((p) => p.severity === 'error')).toBe(true);
		expect(result.status).toBe(1);
	}, 60_000);
});
