import { relative, sep } from 'node:path';
import { createFilePatch, encodeSxsText } from '../core/index.ts';
import { splitArgs, type Command } from './command.ts';
import { EXIT_BAD_INPUT, EXIT_FAILED_CHECK, EXIT_OK } from './output.ts';
import { loadAllOrReport } from './read-files.ts';
import { usageError } from './usage.ts';

export const patchCommand: Command = {
	name: 'patch',
	summary: 'print a unified diff of an edited file against its original',
	help: `Usage: locdiff patch ORIGINAL EDITED

Prints a unified diff on stdout that turns ORIGINAL into EDITED, byte for byte (CRLF lines,
a missing final newline and a BOM included). It names ORIGINAL's path relative to the current
folder, under a/ and b/, so \`git apply\` or \`patch -p1\` run from this folder change ORIGINAL.
Like diff(1): exit code 0 and nothing printed when the files are equal, 1 when they differ,
2 if a file cannot be read or is not UTF-8 text.`,
	async run(args, output) {
		const { positional, unknown } = splitArgs(args, []);
		if (positional.length !== 2 || unknown.length > 0) return usageError(output, this);
		const files = await loadAllOrReport(output, positional);
		if (files === null) return EXIT_BAD_INPUT;
		const [original, edited] = files;
		if (!original || !edited) return EXIT_BAD_INPUT;
		const name = relative(process.cwd(), original.path).split(sep).join('/');
		const patch = createFilePatch(name, original.document.text, edited.document.text);
		if (patch === '') return EXIT_OK;
		output.stdout(encodeSxsText(patch));
		return EXIT_FAILED_CHECK;
	}
};
