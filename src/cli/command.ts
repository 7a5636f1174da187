import type { Output } from './output.ts';

/** A CLI command: parses its own arguments, writes through `output`, returns the exit code. */
export interface Command {
	readonly name: string;
	/** One line for the command list. */
	readonly summary: string;
	/** The full `--help` text. */
	readonly help: string;
	run(args: readonly string[], output: Output): Promise<number>;
}

/** Splits arguments into flags (`--x`) and positional values; unknown flags are reported. */
export function splitArgs(
	args: readonly string[],
	knownFlags: readonly string[]
): { flags: Set<string>; positional: string[]; unknown: string[] } {
	const flags = new Set<string>();
	const positional: string[] = [];
	const unknown: string[] = [];
	let onlyPositional = false;
	for (const arg of args) {
		if (!onlyPositional && arg === '--') onlyPositional = true;
		else if (onlyPositional || !arg.startsWith('--')) positional.push(arg);
		else if (knownFlags.includes(arg)) flags.add(arg);
		else unknown.push(arg);
	}
	return { flags, positional, unknown };
}
