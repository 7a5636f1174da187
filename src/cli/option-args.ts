/**
 * Arguments with values (`-o OUT`, `--version 2.0`) for the interchange commands; `splitArgs`
 * in command.ts takes flags only. A value option given twice or without a value is an error.
 */
export interface OptionArgs {
	readonly values: ReadonlyMap<string, string>;
	readonly positional: readonly string[];
	/** Unknown options, and messages about misused ones; non-empty means a usage error. */
	readonly errors: readonly string[];
}

/** Splits `args` into values of the known `options` and positional arguments (`--` ends options). */
export function splitOptionArgs(args: readonly string[], options: readonly string[]): OptionArgs {
	const values = new Map<string, string>();
	const positional: string[] = [];
	const errors: string[] = [];
	let onlyPositional = false;
	for (let i = 0; i < args.length; i++) {
		const arg = args[i] ?? '';
		if (onlyPositional || !arg.startsWith('-') || arg === '-') positional.push(arg);
		else if (arg === '--') onlyPositional = true;
		else if (!options.includes(arg)) errors.push(`unknown option ${arg}`);
		else if (values.has(arg)) errors.push(`${arg} given twice`);
		else if (i + 1 >= args.length) errors.push(`${arg} needs a value`);
		else values.set(arg, args[++i] ?? '');
	}
	return { values, positional, errors };
}
