import { splitArgs, type Command } from './command.ts';
import { runFileTask } from './file-pipeline.ts';
import { formatCount as n } from './format-count.ts';
import { EXIT_BAD_INPUT, EXIT_FAILED_CHECK, EXIT_OK, reportUnreadable } from './output.ts';
import { paint } from './paint.ts';
import { walkPaths } from './read-files.ts';
import { roundtripTask } from './roundtrip-task.ts';
import { settingsOf } from './settings.ts';
import { usageError } from './usage.ts';

export const roundtripCommand: Command = {
	name: 'roundtrip',
	summary: 'parse and write back files, and compare the bytes',
	help: `Usage: locdiff roundtrip PATH... [--jobs N] [--quiet]

Parses and serializes each file (folders are searched for *.md, recursively) and compares
the bytes with the input. Each mismatched file is named on a line of its own:
  mismatch: PATH (first difference at byte N)
The last line is exactly:
  roundtrip: N files, S segments, M mismatched
Files are named in the order of the paths given (folders sorted), whatever --jobs says.
  --jobs N   threads for large runs (default: the number of cores)
  --quiet    no summary line and no progress line: only mismatches and unreadable files
Exit code 1 if M > 0; 2 if a file could not be read or decoded (named on stderr; the
other files are still checked, and that takes precedence over 1); else 0.`,
	async run(args, output) {
		const { positional, unknown } = splitArgs(args, []);
		if (positional.length === 0 || unknown.length > 0) return usageError(output, this);
		const { quiet, color } = settingsOf(output);
		let files = 0;
		let segments = 0;
		let mismatched = 0;
		let unreadable = 0;
		await runFileTask(output, 'roundtrip', roundtripTask, null, walkPaths(positional), (result) => {
			if (!result.ok) {
				reportUnreadable(output, result.path, result.reason);
				unreadable++;
				return;
			}
			files++;
			segments += result.value.segments;
			if (result.value.mismatchAt >= 0) {
				mismatched++;
				const at = result.value.mismatchAt;
				output.stdout(
					`${paint(color, 'red', 'mismatch')}: ${result.path} (first difference at byte ${at})\n`
				);
			}
		});
		if (!quiet)
			output.stdout(
				`roundtrip: ${n(files)} files, ${n(segments)} segments, ${n(mismatched)} mismatched\n`
			);
		if (unreadable > 0) return EXIT_BAD_INPUT;
		return mismatched > 0 ? EXIT_FAILED_CHECK : EXIT_OK;
	}
};
