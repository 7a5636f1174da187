import { exportTmx } from '../core/index.ts';
import type { Command } from './command.ts';
import { loadAllOrReport } from './read-files.ts';
import { splitOptionArgs } from './option-args.ts';
import { EXIT_BAD_INPUT, EXIT_OK } from './output.ts';
import { expandPaths } from './read-files.ts';
import { usageError } from './usage.ts';
import { writeResult } from './write-output.ts';

export const tmxCommand: Command = {
	name: 'tmx',
	summary: 'write the segments of sxs files as a TMX 1.4 translation memory',
	help: `Usage: locdiff tmx PATH... [-o OUT]

Writes a TMX 1.4 memory of the files (folders are searched for *.md, recursively): one <tu>
per distinct source and translation pair (segments with an empty source or translation are
left out), srclang en-US, each <tuv xml:lang> from the file's locale (ms.contentlocale or the
path; und if unknown). Inline markup is <ph>/<bpt>/<ept> holding the original characters.
Writes to stdout, or to OUT with -o. Exit code 2 if a file cannot be read.`,
	async run(args, output) {
		const { values, positional, errors } = splitOptionArgs(args, ['-o']);
		if (errors.length > 0 || positional.length === 0) return usageError(output, this, errors[0]);
		const loaded = await loadAllOrReport(output, await expandPaths(positional));
		if (!loaded) return EXIT_BAD_INPUT;
		const xml = exportTmx(loaded.map((file) => ({ path: file.path, sxs: file.document })));
		const failure = await writeResult(output, values.get('-o'), xml);
		if (failure) output.stderr(`locdiff tmx: ${failure}`);
		return failure ? EXIT_BAD_INPUT : EXIT_OK;
	}
};
