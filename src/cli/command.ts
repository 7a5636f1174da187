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

/** Takes `--name VALUE` / `--name=VALUE` out of `args` (before any `--`); once at most. */
export function takeOption(
	args: readonly string[],
	name: string
): { ok: true; value?: string; rest: string[] } | { ok: false; message: string } {
	const rest: string[] = [];
	let value: string | undefined;
	for (let i = 0; i < args.length; i++) {
		const arg = args[i] ?? '';
		if (arg === '--') {
			rest.push(...args.slice(i));
			break;
		}
		if (arg !== name && !arg.startsWith(`${name}=`)) {
			rest.push(arg);
			continue;
		}
		if (value !== undefined) return { ok: false, message: `${name} is given twice` };
		value = arg === name ? args[++i] : arg.slice(name.length + 1);
		if (!value) return { ok: false, message: `${name} needs a value` };
	}
	return value === undefined ? { ok: true, rest } : { ok: true, value, rest };
}
