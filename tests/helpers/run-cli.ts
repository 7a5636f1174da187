/** Runs the CLI in-process through an injected Output and collects what it wrote. */
import { runCli } from '../../src/cli/commands.ts';

export interface CliRun {
	readonly code: number;
	readonly stdout: string;
	readonly stdoutBytes: Buffer;
	readonly stderr: string[];
}

/** `locdiff ...args`, in-process. */
export async function runCliInProcess(...args: string[]): Promise<CliRun> {
	const chunks: Buffer[] = [];
	const stderr: string[] = [];
	const code = await runCli(args, {
		stdout: (text) => chunks.push(Buffer.from(text)),
		stderr: (line) => stderr.push(line)
	});
	const stdoutBytes = Buffer.concat(chunks);
	return { code, stdout: stdoutBytes.toString('utf8'), stdoutBytes, stderr };
}

/** The same runner under the name the merge and interop tests use. */
export const runCliCaptured = runCliInProcess;
