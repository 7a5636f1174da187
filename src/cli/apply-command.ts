import { readFile } from 'node:fs/promises';
import { cleanSxs, encodeSxsText, serializeSxs } from '../core/index.ts';
import { splitArgs, type Command } from './command.ts';
import { EXIT_BAD_INPUT, EXIT_FAILED_CHECK, EXIT_OK, reportUnreadable } from './output.ts';
import { loadFile } from './read-files.ts';
import { usageError } from './usage.ts';

export const applyCommand: Command = {
	name: 'apply',
	summary: 'write an sxs file with new translations from a JSON file',
	help: `Usage: locdiff apply FILE EDITS.json [--clean [--unescape-stars]]

EDITS.json maps segment ids to new translations: {"7e727-103": "new text", ...}.
Prints FILE with those translations replaced and every other byte unchanged (the same bytes
the workbench's Export file gives for the same edits). With --clean, prints the clean
target Markdown instead. An edit that would change the file's segments (segment markup, an
unmatched </span>, an unknown or duplicate id) is refused, named on stderr, and not written.
Exit code 1 if an edit was refused; 2 if a file cannot be read or decoded.`,
	async run(args, output) {
		const { flags, positional, unknown } = splitArgs(args, ['--clean', '--unescape-stars']);
		if (positional.length !== 2 || unknown.length > 0) return usageError(output, this);
		const [file = '', editsPath = ''] = positional;
		const loaded = await loadFile(file);
		if (!loaded.ok) {
			reportUnreadable(output, loaded.path, loaded.reason);
			return EXIT_BAD_INPUT;
		}
		const edits = await readEdits(editsPath);
		if (typeof edits === 'string') {
			reportUnreadable(output, editsPath, edits);
			return EXIT_BAD_INPUT;
		}
		const result = serializeSxs(loaded.document, edits);
		for (const refused of result.refused)
			output.stderr(`locdiff: ${file}: refused ${refused.id}: ${refused.reason}`);
		const accepted = new Map([...edits].filter(([id]) => !result.refused.some((r) => r.id === id)));
		const text = flags.has('--clean')
			? cleanSxs(loaded.document, { unescapeStars: flags.has('--unescape-stars') }, accepted)
			: result.text;
		output.stdout(encodeSxsText(text));
		return result.refused.length > 0 ? EXIT_FAILED_CHECK : EXIT_OK;
	}
};

/** Reads `{"id": "translation"}`; a string result says what is wrong with the file. */
async function readEdits(path: string): Promise<Map<string, string> | string> {
	let json: unknown;
	try {
		json = JSON.parse(await readFile(path, 'utf8'));
	} catch (error: unknown) {
		return `cannot read edits: ${error instanceof Error ? error.message : String(error)}`;
	}
	if (typeof json !== 'object' || json === null || Array.isArray(json)) {
		return 'edits must be a JSON object mapping segment ids to strings';
	}
	const edits = new Map<string, string>();
	for (const [id, value] of Object.entries(json)) {
		if (typeof value !== 'string') return `the edit for ${id} is not a string`;
		edits.set(id, value);
	}
	return edits;
}
