import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { cleanSxs, encodeSxsText } from '../core/index.ts';
import { splitArgs, takeOption, type Command } from './command.ts';
import { cleanTask } from './clean-task.ts';
import { runFileTask } from './file-pipeline.ts';
import { formatCount } from './format-count.ts';
import { mapIntoFolder } from './output-paths.ts';
import { EXIT_BAD_INPUT, EXIT_OK, reportUnreadable, type Output } from './output.ts';
import { loadFile } from './read-files.ts';
import { settingsOf } from './settings.ts';
import { usageError } from './usage.ts';

export const cleanCommand: Command = {
	name: 'clean',
	summary: 'print (or write) the target-only Markdown of sxs files',
	help: `Usage: locdiff clean FILE [--unescape-stars]
       locdiff clean PATH... --out-dir DIR [--unescape-stars] [--jobs N]

Prints the clean target Markdown on stdout, as the publisher produces it: every segment
is replaced by its translation bytes and every other byte is kept.
  --unescape-stars   also turn \\* in translations into * (the bilingual files add these
                     escapes; where the source has a real \\* too, this changes it)
  --out-dir DIR      write one clean file per input into DIR instead: a file found in a
                     folder keeps its path below that folder, a file given by name its name;
                     existing files are replaced. The last line is exactly:
                       clean: N files written to DIR
Exit code 2 if a file cannot be read or is not UTF-8 text (named on stderr; the other
files are still written), or if two inputs would write the same output file.`,
	async run(args, output) {
		const taken = takeOption(args, '--out-dir');
		if (!taken.ok) return usageError(output, this, taken.message);
		const { flags, positional, unknown } = splitArgs(taken.rest, ['--unescape-stars']);
		const options = { unescapeStars: flags.has('--unescape-stars') };
		if (unknown.length > 0 || positional.length === 0) return usageError(output, this);
		if (taken.value !== undefined) return writeClean(output, positional, taken.value, options);
		if (positional.length !== 1)
			return usageError(output, this, 'several files need --out-dir DIR');
		const loaded = await loadFile(positional[0] ?? '');
		if (!loaded.ok) {
			reportUnreadable(output, loaded.path, loaded.reason);
			return EXIT_BAD_INPUT;
		}
		output.stdout(encodeSxsText(cleanSxs(loaded.document, options)));
		return EXIT_OK;
	}
};

async function writeClean(
	output: Output,
	paths: readonly string[],
	outDir: string,
	options: { unescapeStars: boolean }
): Promise<number> {
	// Outputs of the files in flight, in path order (the pipeline emits in that order too).
	const pending: string[] = [];
	const claimed = new Set<string>();
	let written = 0;
	let failed = 0;
	async function* inputs() {
		for await (const { path, out } of mapIntoFolder(paths, outDir)) {
			pending.push(out);
			yield path;
		}
	}
	await runFileTask(output, 'clean', cleanTask, options, inputs(), async (result) => {
		const out = pending.shift() ?? '';
		const refusal = !result.ok
			? result.reason
			: resolve(out) === resolve(result.path)
				? 'not written: the output would replace this input file'
				: claimed.has(out)
					? `not written: ${out} was written from another input`
					: null;
		if (refusal !== null || !result.ok) {
			reportUnreadable(output, result.path, refusal ?? '');
			failed++;
			return;
		}
		claimed.add(out);
		try {
			await mkdir(dirname(out), { recursive: true });
			await writeFile(out, result.value);
			written++;
		} catch (error: unknown) {
			reportUnreadable(
				output,
				out,
				`cannot write: ${error instanceof Error ? error.message : String(error)}`
			);
			failed++;
		}
	});
	if (!settingsOf(output).quiet)
		output.stdout(`clean: ${formatCount(written)} files written to ${outDir}\n`);
	return failed > 0 ? EXIT_BAD_INPUT : EXIT_OK;
}
