import { exportXliff } from '../core/index.ts';
import type { Command } from './command.ts';
import { loadAllOrReport } from './read-files.ts';
import { splitOptionArgs } from './option-args.ts';
import { EXIT_BAD_INPUT, EXIT_OK } from './output.ts';
import { usageError } from './usage.ts';
import { writeResult } from './write-output.ts';

export const xliffCommand: Command = {
	name: 'xliff',
	summary: 'write sxs files as one XLIFF 1.2 or 2.0 document for CAT tools',
	help: `Usage: locdiff xliff FILE... [--version 1.2|2.0] [-o OUT]

Writes one XLIFF document (default 2.0) with one <file> per FILE (original = the path as
given; 2.0 ids are f1, f2...) and one unit per segment (id = the segment id). Source language
en-US; target language from ms.contentlocale or the path. HTML tags, Markdown link and image
targets, inline code, [!INCLUDE[...]] and [!NOTE] markers, entities and backslash escapes are
protected codes (1.2 <ph>/<bpt>/<ept>, 2.0 <ph>/<pc> with <originalData>). States: untouched
MT needs-review-translation (1.2) / initial (2.0), HT translated. XLIFF 2.0 holds one target
language: files of several locales need --version 1.2.
Writes to stdout, or to OUT with -o. Exit code 2 if a file cannot be read or the files do not
fit the version.`,
	async run(args, output) {
		const { values, positional, errors } = splitOptionArgs(args, ['--version', '-o']);
		const version = values.get('--version') ?? '2.0';
		if (errors.length > 0 || positional.length === 0) return usageError(output, this, errors[0]);
		if (version !== '1.2' && version !== '2.0') {
			return usageError(output, this, `--version must be 1.2 or 2.0, not "${version}"`);
		}
		const loaded = await loadAllOrReport(output, positional);
		if (!loaded) return EXIT_BAD_INPUT;
		const files = loaded.map((file) => ({ path: file.path, sxs: file.document }));
		const result = exportXliff(files, { version });
		if (!result.ok) {
			output.stderr(`locdiff xliff: ${result.message}`);
			return EXIT_BAD_INPUT;
		}
		const failure = await writeResult(output, values.get('-o'), result.xml);
		if (failure) output.stderr(`locdiff xliff: ${failure}`);
		return failure ? EXIT_BAD_INPUT : EXIT_OK;
	}
};
