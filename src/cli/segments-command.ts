import { stat } from 'node:fs/promises';
import { splitArgs, type Command } from './command.ts';
import { runFileTask } from './file-pipeline.ts';
import { EXIT_BAD_INPUT, EXIT_OK, reportUnreadable } from './output.ts';
import { walkPaths } from './read-files.ts';
import { segmentsTask } from './segments-task.ts';
import { usageError } from './usage.ts';

export const segmentsCommand: Command = {
	name: 'segments',
	summary: 'print the segments of sxs files as JSON',
	help: `Usage: locdiff segments FILE
       locdiff segments PATH... [--jobs N]

Prints one JSON object on stdout:
  {"file", "locale", "translationType",
   "segments": [{"id", "number", "target", "source", "line", "context"}],
   "diagnostics": [{"severity", "code", "message", "line"}]}
target and source are the raw strings between the tags, exactly as in the file.
locale comes from ms.contentlocale, else from the file name (doc.uk-UA.md), else null.
line is the 1-based line of the translation; context is one of front-matter, heading,
table-cell, list-item, blockquote, link-text, image-alt, paragraph.
With several paths or a folder (searched for *.md, recursively), prints JSON Lines instead:
the same object for each file on one line, in the order of the paths.
Exit code 2 if a file cannot be read or is not UTF-8 text (named on stderr; the other
files are still printed).`,
	async run(args, output) {
		const { positional, unknown } = splitArgs(args, []);
		if (positional.length === 0 || unknown.length > 0) return usageError(output, this);
		const [first = ''] = positional;
		const isOneFile =
			positional.length === 1 && !(await stat(first).catch(() => null))?.isDirectory();
		let unreadable = 0;
		await runFileTask(
			output,
			'segments',
			segmentsTask,
			{ pretty: isOneFile },
			walkPaths(positional),
			(result) => {
				if (!result.ok) {
					reportUnreadable(output, result.path, result.reason);
					unreadable++;
				} else output.stdout(`${result.value}\n`);
			}
		);
		return unreadable > 0 ? EXIT_BAD_INPUT : EXIT_OK;
	}
};
