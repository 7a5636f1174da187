/** Where CLI commands write: injected so tests can run commands in-process and read the result. */
export interface Output {
	stdout(text: string | Uint8Array): void;
	stderr(line: string): void;
}

/** Exit codes, part of the CLI contract. */
export const EXIT_OK = 0;
/** `roundtrip` found mismatches; `apply` refused an edit; `merge` left conflicts; `patch` found differences. */
export const EXIT_FAILED_CHECK = 1;
/** A file could not be read or decoded, or the command line is wrong. */
export const EXIT_BAD_INPUT = 2;

/** One stderr line naming the file and why it was not processed. */
export function reportUnreadable(output: Output, path: string, reason: string): void {
	output.stderr(`locdiff: ${path}: ${reason}`);
}
