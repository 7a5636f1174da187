/**
 * The locdiff CLI entry: bundled into bin/locdiff.mjs (`npx locdiff`, `npm run locdiff`). The same
 * file is the worker threads' entry: started with FILE_WORKER_MARK, it serves file tasks instead.
 */
import { availableParallelism } from 'node:os';
import { isMainThread, workerData } from 'node:worker_threads';
import { runCli } from './commands.ts';
import { serveFileTasks } from './file-worker.ts';
import { isColourAllowed } from './settings.ts';
import { FILE_WORKER_MARK } from './worker-pool.ts';

if (!isMainThread && workerData === FILE_WORKER_MARK) serveFileTasks();
else await runMain();

async function runMain(): Promise<void> {
	// A closed pipe (`locdiff clean FILE | head`) ends the command quietly, as Unix tools do.
	process.stdout.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code === 'EPIPE') process.exit(0);
		process.stderr.write(`locdiff: cannot write the output: ${error.message}\n`);
		process.exit(2);
	});
	process.stderr.on('error', () => {});
	const useColor = (stream: NodeJS.WriteStream) => isColourAllowed(stream.isTTY, process.env);
	const stderrTty = process.stderr.isTTY;
	try {
		process.exitCode = await runCli(process.argv.slice(2), {
			stdout: (text) => process.stdout.write(text),
			stderr: (line) => process.stderr.write(`${line}\n`),
			...(stderrTty
				? { progress: (line: string) => process.stderr.write(`\r\u001b[K${line}`) }
				: {}),
			settings: {
				jobs: availableParallelism(),
				color: useColor(process.stdout),
				errorColor: useColor(process.stderr),
				// Workers start from this same file, which only the compiled (.mjs) build can be.
				workerScript: import.meta.url.endsWith('.mjs') ? new URL(import.meta.url) : null
			}
		});
	} catch (error: unknown) {
		// A bug, not bad input: one line, and the stack only when asked for.
		const detail =
			process.env.LOCDIFF_DEBUG && error instanceof Error ? error.stack : String(error);
		process.stderr.write(`locdiff: internal error: ${detail}\n`);
		process.exitCode = 70;
	}
	// exitCode, not exit(): let stdout drain first (large outputs go through a pipe).
}
