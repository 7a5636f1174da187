import { localeFromPath } from '../core/index.ts';
import type { Command } from './command.ts';
import { EXIT_BAD_INPUT, EXIT_OK, reportUnreadable } from './output.ts';
import { loadFile } from './read-files.ts';
import { usageError } from './usage.ts';

export const segmentsCommand: Command = {
	name: 'segments',
	summary: 'print the segments of one sxs file as JSON',
	help: `Usage: locdiff segments FILE

Prints one JSON object on stdout:
  {"file", "locale", "translationType",
   "segments": [{"id", "number", "target", "source", "line", "context"}],
   "diagnostics": [{"severity", "code", "message", "line"}]}
target and source are the raw strings between the tags, exactly as in the file.
locale comes from ms.contentlocale, else from the file name (doc.uk-UA.md), else null.
line is the 1-based line of the translation; context is one of front-matter, heading,
table-cell, list-item, blockquote, link-text, image-alt, paragraph.
Exit code 2 if the file cannot be read or is not UTF-8 text.`,
	async run(args, output) {
		if (args.length !== 1 || args[0]?.startsWith('--')) return usageError(output, this);
		const loaded = await loadFile(args[0] ?? '');
		if (!loaded.ok) {
			reportUnreadable(output, loaded.path, loaded.reason);
			return EXIT_BAD_INPUT;
		}
		const { document } = loaded;
		const json = {
			file: loaded.path,
			locale: document.frontMatter?.contentLocale ?? localeFromPath(loaded.path),
			translationType: document.frontMatter?.translationType ?? null,
			segments: document.segments.map((s) => ({
				id: s.id,
				number: s.number,
				target: s.translation,
				source: s.source,
				line: s.line,
				context: s.context
			})),
			diagnostics: document.diagnostics
		};
		output.stdout(`${JSON.stringify(json, null, 2)}\n`);
		return EXIT_OK;
	}
};
