import { paint } from './paint.ts';
import { settingsOf, type CliSettings } from './settings.ts';

/** Where CLI commands write: injected so tests can run commands in-process and read the result. */
export interface Output {
	stdout(text: string | Uint8Array): void;
	stderr(line: string): void;
	/**
	 * Replaces the one progress line on stderr ('' clears it). Present only when stderr is a
	 * terminal; commands call it through `showProgress`, which also honours `--quiet`.
	 */
	progress?(line: string): void;
	/** How this run behaves (colour, `--quiet`, `--jobs`); absent fields take `settingsOf`'s defaults. */
	readonly settings?: Partial<CliSettings>;
}

/** Exit codes, part of the CLI contract. */
export const EXIT_OK = 0;
/** `roundtrip` found mismatches; `apply` refused an edit; `merge` left conflicts; `patch` found differences. */
export const EXIT_FAILED_CHECK = 1;
/** A file could not be read or decoded, or the command line is wrong. */
export const EXIT_BAD_INPUT = 2;

/** One stderr line naming the file and why it was not processed. */
export function reportUnreadable(output: Output, path: string, reason: string): void {
	output.stderr(`${paint(settingsOf(output).errorColor, 'red', 'locdiff:')} ${path}: ${reason}`);
}
