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

/**
 * Takes options that carry a value (`-o OUT`, `--report FILE`) out of the arguments, up to a
 * `--`. Returns the values by option name and the other arguments in order, or an error naming
 * an option given without a value or twice.
 */
export function takeValueOptions(
	args: readonly string[],
	names: readonly string[]
): { values: Map<string, string>; rest: string[] } | { error: string } {
	const values = new Map<string, string>();
	const rest: string[] = [];
	for (let i = 0; i < args.length; i++) {
		const arg = args[i] ?? '';
		if (arg === '--') {
			rest.push(...args.slice(i));
			break;
		}
		if (!names.includes(arg)) {
			rest.push(arg);
			continue;
		}
		const value = args[i + 1];
		if (value === undefined || value === '--') return { error: `${arg} needs a value` };
		if (values.has(arg)) return { error: `${arg} is given twice` };
		values.set(arg, value);
		i++;
	}
	return { values, rest };
}

/** Takes `--name VALUE` / `--name=VALUE` out of `args` (before any `--`); once at most. */
export function takeOption(
	args: readonly string[],
	name: string
): { ok: true; value?: string; rest: string[] } | { ok: false; message: string } {
	// `--name=VALUE` is the same option as `--name VALUE`: split it, then take it as one.
	const split = args.flatMap((arg) =>
		arg.startsWith(`${name}=`) ? [name, arg.slice(name.length + 1)] : [arg]
	);
	const taken = takeValueOptions(split, [name]);
	if ('error' in taken) return { ok: false, message: taken.error };
	const value = taken.values.get(name);
	if (value === '') return { ok: false, message: `${name} needs a value` };
	return value === undefined
		? { ok: true, rest: taken.rest }
		: { ok: true, value, rest: taken.rest };
}
