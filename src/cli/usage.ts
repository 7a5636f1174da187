import type { Command } from './command.ts';
import { EXIT_BAD_INPUT, type Output } from './output.ts';

/** Wrong arguments: the command's help on stderr, exit code 2. */
export function usageError(output: Output, command: Command, detail?: string): number {
	if (detail) output.stderr(`locdiff ${command.name}: ${detail}`);
	output.stderr(command.help);
	return EXIT_BAD_INPUT;
}
