import { alignCommand } from './align-command.ts';
import { applyCommand } from './apply-command.ts';
import { checkCommand } from './check-command.ts';
import { cleanCommand } from './clean-command.ts';
import type { Command } from './command.ts';
import { mergeCommand } from './merge-command.ts';
import { EXIT_BAD_INPUT, EXIT_OK, type Output } from './output.ts';
import { patchCommand } from './patch-command.ts';
import { roundtripCommand } from './roundtrip-command.ts';
import { segmentsCommand } from './segments-command.ts';
import { tmxCommand } from './tmx-command.ts';
import { xliffCommand } from './xliff-command.ts';
import { xliffImportCommand } from './xliff-import-command.ts';

export const COMMANDS: readonly Command[] = [
	segmentsCommand,
	roundtripCommand,
	cleanCommand,
	alignCommand,
	applyCommand,
	mergeCommand,
	patchCommand,
	xliffCommand,
	xliffImportCommand,
	tmxCommand,
	checkCommand
];

const OVERVIEW = `locdiff: lossless tools for Microsoft Docs bilingual (sxs) Markdown files.

Usage: npm run --silent locdiff -- <command> [arguments]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(12)} ${c.summary}`).join('\n')}

Run a command with --help for its arguments and output format.`;

/** Runs the CLI with `args` (without node and script): the exit code is the result. */
export async function runCli(args: readonly string[], output: Output): Promise<number> {
	const [name, ...rest] = args;
	if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
		output.stdout(`${OVERVIEW}\n`);
		return name === undefined ? EXIT_BAD_INPUT : EXIT_OK;
	}
	const command = COMMANDS.find((c) => c.name === name);
	if (!command) {
		output.stderr(`locdiff: unknown command "${name}"\n\n${OVERVIEW}`);
		return EXIT_BAD_INPUT;
	}
	if (rest.includes('--help') || rest.includes('-h')) {
		output.stdout(`${command.help}\n`);
		return EXIT_OK;
	}
	return command.run(rest, output);
}
