/** The locdiff CLI: the same core as the app, run by Node (`npm run --silent locdiff -- ...`). */
import { runCli } from './commands.ts';

const exitCode = await runCli(process.argv.slice(2), {
	stdout: (text) => process.stdout.write(text),
	stderr: (line) => process.stderr.write(`${line}\n`)
});
// Let stdout drain before exiting: large JSON outputs go through a pipe.
process.exitCode = exitCode;
