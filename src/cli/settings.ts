/**
 * Run-wide CLI settings: what the process is attached to (terminals, NO_COLOR, cores, the compiled
 * script workers start from) and the global options (`--quiet`, `--jobs N`). In-process callers
 * (tests) give none and get plain, single-threaded, non-quiet runs.
 */
import { takeOption } from './command.ts';
import type { Output } from './output.ts';

export interface CliSettings {
	/** `--quiet`: no progress line and no summary lines; problems and requested data still print. */
	readonly quiet: boolean;
	/** Threads working in many-file commands (`--jobs N`): N - 1 workers and the main thread. */
	readonly jobs: number;
	/** ANSI colour on stdout / stderr: only for a terminal, never with NO_COLOR. */
	readonly color: boolean;
	readonly errorColor: boolean;
	/** The script a worker thread runs (the compiled CLI); null: no workers, whatever `jobs` says. */
	readonly workerScript: URL | null;
}

const DEFAULTS: CliSettings = {
	quiet: false,
	jobs: 1,
	color: false,
	errorColor: false,
	workerScript: null
};

/** The settings of a run, with defaults for whatever the caller left out. */
export function settingsOf(output: Output): CliSettings {
	return { ...DEFAULTS, ...output.settings };
}

/** The global options found in `args` (before any `--`), and the arguments left for the command. */
export type GlobalOptions =
	| { readonly ok: true; readonly quiet?: true; readonly jobs?: number; readonly rest: string[] }
	| { readonly ok: false; readonly message: string };

/** Takes `--quiet`/`-q` and `--jobs N`/`--jobs=N` out of the arguments, wherever they stand. */
export function parseGlobalOptions(args: readonly string[]): GlobalOptions {
	const taken = takeOption(args, '--jobs');
	if (!taken.ok) return taken;
	const { value } = taken;
	if (value !== undefined && !/^[1-9][0-9]{0,3}$/.test(value))
		return { ok: false, message: `--jobs needs a whole number from 1 to 9999, not "${value}"` };
	const end = taken.rest.includes('--') ? taken.rest.indexOf('--') : taken.rest.length;
	const isQuiet = (arg: string) => arg === '--quiet' || arg === '-q';
	const before = taken.rest.slice(0, end);
	const rest = [...before.filter((arg) => !isQuiet(arg)), ...taken.rest.slice(end)];
	return {
		ok: true,
		rest,
		...(before.some(isQuiet) ? { quiet: true } : {}),
		...(value === undefined ? {} : { jobs: Number(value) })
	};
}

/** `output` with the global options applied on top of its settings. */
export function withOptions(output: Output, options: { quiet?: true; jobs?: number }): Output {
	const settings = { ...output.settings, ...options };
	return {
		stdout: (text) => output.stdout(text),
		stderr: (line) => output.stderr(line),
		...(output.progress && !options.quiet ? { progress: output.progress.bind(output) } : {}),
		settings
	};
}

/** Colour for a stream: only on a terminal, never with NO_COLOR (any value) or TERM=dumb. */
export function isColourAllowed(
	isTTY: boolean,
	env: Readonly<Record<string, string | undefined>>
): boolean {
	return isTTY && env.NO_COLOR === undefined && env.TERM !== 'dumb';
}
