import { encodeSxsText, serializeSxs } from '../core/index.ts';
import { splitArgs, type Command } from './command.ts';
import { EXIT_BAD_INPUT, EXIT_FAILED_CHECK, EXIT_OK, reportUnreadable } from './output.ts';
import { expandPaths, loadFile } from './read-files.ts';
import { usageError } from './usage.ts';

export const roundtripCommand: Command = {
	name: 'roundtrip',
	summary: 'parse and write back files, and compare the bytes',
	help: `Usage: locdiff roundtrip PATH...

Parses and serializes each file (folders are searched for *.md, recursively) and compares
the bytes with the input. Each mismatched file is named on a line of its own:
  mismatch: PATH (first difference at byte N)
The last line is exactly:
  roundtrip: N files, S segments, M mismatched
Exit code 1 if M > 0; 2 if a file could not be read or decoded (named on stderr; the
other files are still checked, and that takes precedence over 1); else 0.`,
	async run(args, output) {
		const { positional, unknown } = splitArgs(args, []);
		if (positional.length === 0 || unknown.length > 0) return usageError(output, this);
		let files = 0;
		let segments = 0;
		let mismatched = 0;
		let unreadable = 0;
		for (const path of await expandPaths(positional)) {
			const loaded = await loadFile(path);
			if (!loaded.ok) {
				reportUnreadable(output, loaded.path, loaded.reason);
				unreadable++;
				continue;
			}
			files++;
			segments += loaded.document.segments.length;
			const written = encodeSxsText(serializeSxs(loaded.document).text);
			const at = firstDifference(loaded.bytes, written);
			if (at >= 0) {
				mismatched++;
				output.stdout(`mismatch: ${path} (first difference at byte ${at})\n`);
			}
		}
		const n = (value: number) => value.toLocaleString('en-US');
		output.stdout(
			`roundtrip: ${n(files)} files, ${n(segments)} segments, ${n(mismatched)} mismatched\n`
		);
		if (unreadable > 0) return EXIT_BAD_INPUT;
		return mismatched > 0 ? EXIT_FAILED_CHECK : EXIT_OK;
	}
};

/** Index of the first differing byte, or -1 when equal. */
function firstDifference(a: Uint8Array, b: Uint8Array): number {
	const length = Math.min(a.length, b.length);
	for (let i = 0; i < length; i++) if (a[i] !== b[i]) return i;
	return a.length === b.length ? -1 : length;
}
