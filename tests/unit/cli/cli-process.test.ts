import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import packageJson from '../../../package.json' with { type: 'json' };
import { WORKER_MIN_FILES } from '../../../src/cli/file-pipeline.ts';
import { BIN, buildBin, PROCESS_RUNNERS, runInProcess, runProcess } from '../../helpers/cli-run.ts';
import { corpusDir, describeCorpus } from '../../helpers/corpus.ts';
import { segmentMarkup } from '../../helpers/sxs-builders.ts';

beforeAll(buildBin, 120_000);
// Child processes on a loaded 2-core CI machine can take seconds: no timing is asserted here.
vi.setConfig({ testTimeout: 60_000 });

const runners = Object.keys(PROCESS_RUNNERS) as (keyof typeof PROCESS_RUNNERS)[];

const dir = mkdtempSync(join(tmpdir(), 'locdiff-process-'));
// More files than the pipeline's worker threshold, two of them undecodable, in two folders.
const FILES = WORKER_MIN_FILES + 200;
const BAD = [40, FILES - 29];
const tree = join(dir, 'tree');
let segments = 0;
for (let i = 0; i < FILES; i++) {
	const folder = join(tree, i < FILES / 2 ? 'a' : 'b');
	mkdirSync(folder, { recursive: true });
	const name = join(folder, `f${String(i).padStart(4, '0')}.md`);
	const id = `abcde-${100 + i}`;
	if (BAD.includes(i)) writeFileSync(name, Buffer.from([0xff, 0xfe, 0x41, 0]));
	else {
		writeFileSync(name, `# ${segmentMarkup(id, `Текст ${i}`, `Text ${i}`)}\n`.repeat(1 + (i % 7)));
		segments += 1 + (i % 7);
	}
}

describeCorpus('the compiled CLI over the shared corpus', () => {
	it.each(runners)(
		'%s checks the corpus: JSON on stdout only, exit code 1 (it has lost links)',
		(runner) => {
			const result = runProcess(runner, ['check', '--json', corpusDir!]);
			expect(result.stderr).toEqual([]);
			const problems = JSON.parse(result.stdout) as { severity: string }[];
			expect(problems.length).toBeGreaterThan(1000);
			expect(problems.some((p) => p.severity === 'error')).toBe(true);
			expect(result.code).toBe(1);
		},
		60_000
	);

	it.each(runners)(
		'%s round-trips the corpus with 0 mismatched and exit code 0',
		(runner) => {
			const result = runProcess(runner, ['roundtrip', corpusDir!]);
			expect(result.stderr).toEqual([]);
			expect(result.code).toBe(0);
			expect(result.stdout.trimEnd().split('\n').at(-1)).toMatch(
				/^roundtrip: 434 files, 12,539 segments, 0 mismatched$/
			);
		},
		60_000
	);
});

describe.each(runners)('%s (as a process)', (runner) => {
	it('prints the version of package.json', () => {
		expect(runProcess(runner, ['--version'])).toEqual({
			code: 0,
			stdout: `${packageJson.version}\n`,
			stderr: []
		});
	});

	it('gives the same output as the in-process CLI, unreadable files in path order', async () => {
		const inProcess = await runInProcess(['roundtrip', tree]);
		const asProcess = runProcess(runner, ['roundtrip', tree], { ...process.env, NO_COLOR: '1' });
		expect(asProcess).toEqual(inProcess);
		expect(asProcess.code).toBe(2);
		expect(asProcess.stderr).toEqual([
			expect.stringMatching(new RegExp(`a[\\\\/]f${String(BAD[0]).padStart(4, '0')}\\.md: `)),
			expect.stringMatching(new RegExp(`b[\\\\/]f${String(BAD[1]).padStart(4, '0')}\\.md: `))
		]);
	});
});

describe('node bin/locdiff.mjs --jobs', () => {
	it('gives byte-identical output with 1, 2 and 3 worker threads', () => {
		const runs = ['1', '2', '3'].map((jobs) =>
			runProcess('node bin/locdiff.mjs', ['--jobs', jobs, 'roundtrip', tree])
		);
		const n = (value: number) => value.toLocaleString('en-US');
		expect(runs[0]?.stdout).toBe(
			`roundtrip: ${n(FILES - 2)} files, ${n(segments)} segments, 0 mismatched\n`
		);
		expect(runs[1]).toEqual(runs[0]);
		expect(runs[2]).toEqual(runs[0]);
	});

	it('segments and clean --out-dir give the same output with 1 and 3 threads', () => {
		const [one, three] = ['1', '3'].map((jobs) => {
			const out = join(dir, `clean-${jobs}`);
			const segments = runProcess('node bin/locdiff.mjs', ['segments', '--jobs', jobs, tree]);
			const clean = runProcess('node bin/locdiff.mjs', [
				'clean',
				tree,
				'--out-dir',
				out,
				'--jobs',
				jobs
			]);
			const cleaned = readdirSync(join(out, 'b')).map((name) =>
				readFileSync(join(out, 'b', name), 'utf8')
			);
			return { segments, clean: { ...clean, stdout: clean.stdout.replace(out, 'OUT') }, cleaned };
		});
		expect(one?.segments.stdout.split('\n')).toHaveLength(FILES - 2 + 1);
		expect(one?.cleaned).toHaveLength(FILES / 2 - 1);
		expect(three).toEqual(one);
	});

	it('refuses a --jobs that is not a positive whole number, with exit code 2', () => {
		const result = runProcess('node bin/locdiff.mjs', ['roundtrip', '--jobs', '0', tree]);
		expect(result.code).toBe(2);
		expect(result.stderr.join('\n')).toMatch(/--jobs needs a whole number/);
	});
});

describe('a closed stdout pipe (issue 13, item 11)', () => {
	// Larger than any pipe buffer, so the CLI is still writing when the reader goes away.
	const big = join(dir, 'big.md');
	writeFileSync(big, `${segmentMarkup('fffff-101', 'Переклад', 'Source')}\n`.repeat(40_000));

	it('ends `locdiff clean FILE | head -c 1` quietly with exit code 0', async () => {
		const child = spawn('node', [BIN, 'clean', big], { stdio: ['ignore', 'pipe', 'pipe'] });
		let stderr = '';
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		// Read one chunk, then close the read end, as `head -c 1` does.
		child.stdout.once('data', () => child.stdout.destroy());
		const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
		expect(stderr).toBe('');
		expect(code).toBe(0);
	});

	it('ends quietly in a real shell pipeline into head -c 1', async () => {
		const script = `node "${BIN}" clean "${big}" | head -c 1 >/dev/null; echo "\${PIPESTATUS[0]}"`;
		const child = spawn('bash', ['-c', script], { stdio: ['ignore', 'pipe', 'pipe'] });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		await new Promise((resolve) => child.on('close', resolve));
		expect(stderr).toBe('');
		expect(stdout.trim()).toBe('0');
	});
});
