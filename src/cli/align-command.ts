import { alignDocuments } from '../core/index.ts';
import { splitArgs, type Command } from './command.ts';
import { EXIT_BAD_INPUT, EXIT_OK } from './output.ts';
import { loadAllOrReport } from './read-files.ts';
import { usageError } from './usage.ts';

export const alignCommand: Command = {
	name: 'align',
	summary: 'pair the segments of two locales or two versions of one document',
	help: `Usage: locdiff align A B

Pairs the segments of A with those of B and prints JSON on stdout:
  {"pairs": [{"a": ID, "b": ID, "match": "id" | "source" | "changed"}],
   "onlyA": [ID...], "onlyB": [ID...]}
match is "id" when the segment numbers and the sources agree, "source" when the sources
agree under other numbers (or a merged p segment covers several sentences: it then appears
in several pairs), and "changed" when the source differs but its place pairs them.
Works for two locales of one document and for two versions of one document.
Exit code 2 if a file cannot be read or is not UTF-8 text.`,
	async run(args, output) {
		const { positional, unknown } = splitArgs(args, []);
		if (positional.length !== 2 || unknown.length > 0) return usageError(output, this);
		const files = await loadAllOrReport(output, positional);
		if (files === null) return EXIT_BAD_INPUT;
		const [a, b] = files;
		if (!a || !b) return EXIT_BAD_INPUT;
		const alignment = alignDocuments(a.document.segments, b.document.segments);
		output.stdout(`${JSON.stringify(alignment, null, 2)}\n`);
		return EXIT_OK;
	}
};
