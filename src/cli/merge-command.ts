import { writeFile } from 'node:fs/promises';
import { checkSameSegments, encodeSxsText, mergeVersions } from '../core/index.ts';
import { splitArgs, takeValueOptions, type Command } from './command.ts';
import { toMergeReport } from './merge-report.ts';
import {
	EXIT_BAD_INPUT,
	EXIT_FAILED_CHECK,
	EXIT_OK,
	reportUnreadable,
	type Output
} from './output.ts';
import { loadAllOrReport } from './read-files.ts';
import { usageError } from './usage.ts';

export const mergeCommand: Command = {
	name: 'merge',
	summary: "carry a translator's edits onto a new version, per segment (also a git merge driver)",
	help: `Usage: locdiff merge BASE MINE THEIRS [-o OUT] [--report FILE]

BASE is the version the translator started from, MINE is BASE with the translator's edits,
THEIRS is the new version (or a colleague's edited copy of BASE). Segments are aligned by
source, so new ids, renumbering and merged p segments are handled. Writes THEIRS with each of
my edits carried where THEIRS has the same source and kept the base translation, and every
other byte of THEIRS unchanged, to OUT (stdout without -o; OUT may be MINE).
Writes the report as JSON to FILE (stderr without --report):
  {"carried": [{"mine": ID, "theirs": ID}], "same": [{"mine": ID, "theirs": ID}],
   "conflicts": [{"kind": "both-changed" | "source-changed", "mine": ID, "theirs": ID,
                  "base": TEXT, "mine_text": TEXT, "theirs_text": TEXT}],
   "new": [ID], "dropped": [{"id": ID, "source": TEXT, "translation": TEXT}],
   "refused": [{"mine": ID, "theirs": ID, "text": TEXT, "reason": TEXT}]}
A merged p segment gives one entry per partner segment. Conflicts keep THEIRS in the output.
If MINE is not BASE with edits but THEIRS is (git passes your branch as MINE, and yours may be
the regenerated one), the edits of THEIRS are carried onto MINE instead: the output is MINE
with them, and the report's "mine" ids are those of THEIRS.
As a git merge driver: merge %O %A %B -o %A (see the README).
Exit code 0 when nothing conflicts; 1 when conflicts (or refused carries) remain; 2 when a
file cannot be read or written, neither MINE nor THEIRS is BASE with edits, or the
usage is wrong.`,
	async run(args, output) {
		const options = takeValueOptions(args, ['-o', '--report']);
		if ('error' in options) return usageError(output, this, options.error);
		const { positional, unknown } = splitArgs(options.rest, []);
		if (positional.length !== 3 || unknown.length > 0) return usageError(output, this);
		const files = await loadAllOrReport(output, positional);
		if (files === null) return EXIT_BAD_INPUT;
		const [base, mine, theirs] = files;
		if (!base || !mine || !theirs) return EXIT_BAD_INPUT;
		let result = mergeVersions(base.document, mine.document, theirs.document);
		const isSwapped = !result.ok && checkSameSegments(base.document, theirs.document) === null;
		// git passes the current branch as MINE: merging a translator's branch into a regenerated
		// one gives the edits as THEIRS. They are carried onto MINE then, the same merge seen
		// from the other side; the report's "mine" is still the side with the edits.
		if (isSwapped) result = mergeVersions(base.document, theirs.document, mine.document);
		if (!result.ok) {
			reportUnreadable(output, mine.path, result.error);
			return EXIT_BAD_INPUT;
		}
		const { merge } = result;
		const report = `${JSON.stringify(toMergeReport(merge), null, 2)}\n`;
		const out = options.values.get('-o');
		const reportPath = options.values.get('--report');
		const isWritten =
			(await write(output, out, encodeSxsText(merge.text))) &&
			(await write(output, reportPath, report));
		if (!isWritten) return EXIT_BAD_INPUT;
		if (reportPath === undefined) output.stderr(report.trimEnd());
		else if (isSwapped) {
			output.stderr(
				`locdiff: ${theirs.path} holds the edits of ${base.path}: carried onto ${mine.path}`
			);
		}
		if (out === undefined) output.stdout(encodeSxsText(merge.text));
		return merge.conflicts.length + merge.refused.length > 0 ? EXIT_FAILED_CHECK : EXIT_OK;
	}
};

/** Writes `data` to `path` when one is given; false (and a message) when the write fails. */
async function write(
	output: Output,
	path: string | undefined,
	data: string | Uint8Array
): Promise<boolean> {
	if (path === undefined) return true;
	try {
		await writeFile(path, data);
		return true;
	} catch (error: unknown) {
		reportUnreadable(
			output,
			path,
			`cannot write: ${error instanceof Error ? error.message : String(error)}`
		);
		return false;
	}
}
