import { cleanSxs, encodeSxsText } from '../core/index.ts';
import { splitArgs, type Command } from './command.ts';
import { EXIT_BAD_INPUT, EXIT_OK, reportUnreadable } from './output.ts';
import { loadFile } from './read-files.ts';
import { usageError } from './usage.ts';

export const cleanCommand: Command = {
	name: 'clean',
	summary: 'print the target-only Markdown of an sxs file',
	help: `Usage: locdiff clean FILE [--unescape-stars]

Prints the clean target Markdown on stdout, as the publisher produces it: every segment
is replaced by its translation bytes and every other byte is kept.
  --unescape-stars   also turn \\* in translations into * (the bilingual files add these
                     escapes; where the source has a real \\* too, this changes it)
Exit code 2 if the file cannot be read or is not UTF-8 text.`,
	async run(args, output) {
		const { flags, positional, unknown } = splitArgs(args, ['--unescape-stars']);
		if (positional.length !== 1 || unknown.length > 0) return usageError(output, this);
		const loaded = await loadFile(positional[0] ?? '');
		if (!loaded.ok) {
			reportUnreadable(output, loaded.path, loaded.reason);
			return EXIT_BAD_INPUT;
		}
		const text = cleanSxs(loaded.document, { unescapeStars: flags.has('--unescape-stars') });
		output.stdout(encodeSxsText(text));
		return EXIT_OK;
	}
};
