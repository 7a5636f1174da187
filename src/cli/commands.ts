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
import { parseGlobalOptions, withOptions } from './settings.ts';
import { VERSION } from './version.ts';

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

/** The command list and global options; built on demand so every command in COMMANDS shows. */
function overview(): string {
	return `locdiff ${VERSION}: lossless tools for Microsoft Docs bilingual (sxs) Markdown files.

Usage: locdiff [--quiet] [--jobs N] <command> [arguments]
       (in this repository: npm run --silent locdiff -- <command> [arguments])

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(12)} ${c.summary}`).join('\n')}

Options for every command:
  --quiet, -q   no progress line and no summary lines; problems and requested output still print
  --jobs N      threads for commands over many files (default: the number of cores)
  --version     print the version
  --help, -h    this text; locdiff help COMMAND or COMMAND --help for a command

Colour is used only on a terminal, never with NO_COLOR set.`;
}

/** Runs the CLI with `args` (without node and script): the exit code is the result. */
export async function runCli(args: readonly string[], output: Output): Promise<number> {
	const global = parseGlobalOptions(args);
	if (!global.ok) {
		output.stderr(`locdiff: ${global.message}`);
		return EXIT_BAD_INPUT;
	}
	const [name, ...rest] = global.rest;
	if (name === '--version' || name === '-V') {
		output.stdout(`${VERSION}\n`);
		return EXIT_OK;
	}
	if (name === 'help' && rest.length > 0) return printHelp(rest[0] ?? '', output);
	if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
		output.stdout(`${overview()}\n`);
		return name === undefined ? EXIT_BAD_INPUT : EXIT_OK;
	}
	const command = findCommand(name, output);
	if (!command) return EXIT_BAD_INPUT;
	if (rest.includes('--help') || rest.includes('-h')) {
		output.stdout(`${command.help}\n`);
		return EXIT_OK;
	}
	const { quiet, jobs } = global;
	return command.run(
		rest,
		withOptions(output, { ...(quiet ? { quiet } : {}), ...(jobs ? { jobs } : {}) })
	);
}

function printHelp(name: string, output: Output): number {
	const command = findCommand(name, output);
	if (!command) return EXIT_BAD_INPUT;
	output.stdout(`${command.help}\n`);
	return EXIT_OK;
}

function findCommand(name: string, output: Output): Command | undefined {
	const command = COMMANDS.find((c) => c.name === name);
	if (!command) output.stderr(`locdiff: unknown command "${name}"\n\n${overview()}`);
	return command;
}
