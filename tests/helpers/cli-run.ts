/**
 * Runs the CLI in-process (through an injected Output) or as a process (the compiled bin, or
 * `npm run --silent locdiff`), returning exit code, stdout and stderr the same way for both.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../src/cli/commands.ts';
import type { Output } from '../../src/cli/output.ts';

export interface CliRun {
	readonly code: number;
	readonly stdout: string;
	readonly stderr: string[];
}

/** The repository root, where package.json and bin/ are. */
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The compiled CLI, as package.json "bin" names it. */
export const BIN = fileURLToPath(new URL('../../bin/locdiff.mjs', import.meta.url));

/** In-process run; `extra` adds Output fields (settings, progress) to the plain capture. */
export async function runInProcess(
	args: readonly string[],
	extra: Partial<Output> = {}
): Promise<CliRun> {
	const chunks: Buffer[] = [];
	const stderr: string[] = [];
	const code = await runCli(args, {
		stdout: (text) => chunks.push(Buffer.from(text)),
		stderr: (line) => stderr.push(...line.split('\n')),
		...extra
	});
	return { code, stdout: Buffer.concat(chunks).toString('utf8'), stderr };
}

/**
 * Builds bin/locdiff.mjs if a source changed since the last build (what `npm run locdiff` does
 * too), so the process tests never run a stale binary; fails clearly if the build fails.
 */
export function buildBin(): void {
	const build = spawnSync('node', ['scripts/build-cli.mjs', '--if-stale'], {
		cwd: REPO_ROOT,
		encoding: 'utf8'
	});
	if (build.status !== 0 || !existsSync(BIN))
		throw new Error(`could not build ${BIN} (npm run build:cli): ${build.stderr}`);
}

/** The two ways the README runs the compiled CLI as a process. */
export const PROCESS_RUNNERS = {
	'node bin/locdiff.mjs': (args: readonly string[]) => ['node', [BIN, ...args]] as const,
	'npm run --silent locdiff --': (args: readonly string[]) =>
		['npm', ['run', '--silent', 'locdiff', '--', ...args]] as const
};

/** Runs the CLI as a child process with `runner`; stderr split into lines like in-process runs. */
export function runProcess(
	runner: keyof typeof PROCESS_RUNNERS,
	args: readonly string[],
	env: NodeJS.ProcessEnv = process.env
): CliRun {
	const [command, commandArgs] = PROCESS_RUNNERS[runner](args);
	// maxBuffer: spawnSync's 1 MB default would cut a large JSON Lines output short.
	const result = spawnSync(command, commandArgs, {
		cwd: REPO_ROOT,
		encoding: 'utf8',
		env,
		maxBuffer: 1 << 28
	});
	const stderr = result.stderr === '' ? [] : result.stderr.replace(/\n$/, '').split('\n');
	return { code: result.status ?? -1, stdout: result.stdout, stderr };
}
