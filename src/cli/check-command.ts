import { checkConsistency, toFileId, type QaFile } from '../core/index.ts';
import {
	formatGithubLine,
	formatJson,
	formatTextLine,
	type CheckFormat,
	type PlacedProblem
} from './check-format.ts';
import {
	checkTask,
	placeProblem,
	type CheckTaskResult,
	type IndexedProblem
} from './check-task.ts';
import { splitArgs, type Command } from './command.ts';
import { runFileTask } from './file-pipeline.ts';
import { EXIT_BAD_INPUT, EXIT_FAILED_CHECK, EXIT_OK, reportUnreadable } from './output.ts';
import { walkPaths } from './read-files.ts';
import { usageError } from './usage.ts';

export const checkCommand: Command = {
	name: 'check',
	summary: 'run the QA checks over sxs files and list the problems',
	help: `Usage: locdiff check PATH... [--json] [--format github] [--jobs N]

Runs every QA check over the files (folders are searched for *.md, recursively); the
consistency checks compare all the files given (files of one locale with each other).
Text output, one line per problem, then a last line:
  PATH:LINE:COLUMN: SEVERITY CHECK SEGMENT-ID message
  check: N files, S segments, P problems (E errors)
LINE:COLUMN is where the problem is in the file (the start of the segment's translation
when it is something missing). SEVERITY is error, warning or info. CHECK is one of:
  markup link-url inline-code number untranslated mixed-script whitespace
  end-punctuation brackets repeated-word inconsistent-translation inconsistent-source
  --json            print only [{"file","id","line","column","check","severity","message"}]
  --format github   print GitHub Actions workflow commands (::error file=…,line=…::…),
                    info as ::notice, then the last line
  --jobs N          threads for the per-file checks of large runs (default: the cores);
                    problems are listed in the order of the paths given, whatever N is
Exit code 1 if any error was found; 2 if a file could not be read or decoded (named on
stderr; the other files are still checked) or the arguments are wrong; else 0.`,
	async run(args, output) {
		const parsed = parseOptions(args);
		if (typeof parsed === 'string') return usageError(output, this, parsed);
		const checked: { path: string; result: CheckTaskResult }[] = [];
		let unreadable = 0;
		await runFileTask(output, 'check', checkTask, null, walkPaths(parsed.paths), (result) => {
			if (result.ok) checked.push({ path: result.path, result: result.value });
			else {
				reportUnreadable(output, result.path, result.reason);
				unreadable++;
			}
		});
		const placed = withConsistency(checked);
		const errors = placed.filter((p) => p.severity === 'error').length;
		if (parsed.format === 'json') output.stdout(formatJson(placed));
		else {
			const line = parsed.format === 'github' ? formatGithubLine : formatTextLine;
			for (const problem of placed) output.stdout(`${line(problem)}\n`);
			const n = (value: number) => value.toLocaleString('en-US');
			const segments = checked.reduce((sum, f) => sum + f.result.segments.length, 0);
			output.stdout(
				`check: ${n(checked.length)} files, ${n(segments)} segments, ${n(placed.length)} problems (${n(errors)} errors)\n`
			);
		}
		if (unreadable > 0) return EXIT_BAD_INPUT;
		return errors > 0 ? EXIT_FAILED_CHECK : EXIT_OK;
	}
};

interface Options {
	readonly paths: readonly string[];
	readonly format: CheckFormat;
}

/** `--format VALUE` takes a value, which `splitArgs` does not know: it is taken out first. */
function parseOptions(args: readonly string[]): Options | string {
	const rest: string[] = [];
	let format: CheckFormat = 'text';
	for (let i = 0; i < args.length; i++) {
		const arg = args[i] ?? '';
		if (arg === '--') {
			rest.push(...args.slice(i));
			break;
		}
		const value =
			arg === '--format' ? args[++i] : arg.startsWith('--format=') ? arg.slice(9) : null;
		if (value === null) rest.push(arg);
		else if (value === 'github') format = 'github';
		else return `unknown --format "${value ?? ''}" (the only format is github)`;
	}
	const { flags, positional, unknown } = splitArgs(rest, ['--json']);
	if (unknown.length > 0) return `unknown option ${unknown.join(' ')}`;
	if (positional.length === 0) return 'no PATH given';
	if (flags.has('--json') && format === 'github')
		return '--json and --format github exclude each other';
	return { paths: positional, format: flags.has('--json') ? 'json' : format };
}

/**
 * Every problem, file by file in the order of the paths: each file's own problems with the
 * cross-file ones (run here, on all the files' segments) after a segment's own, in segment order.
 */
function withConsistency(
	checked: readonly { path: string; result: CheckTaskResult }[]
): PlacedProblem[] {
	const files: QaFile[] = checked.map(({ path, result }) => ({
		file: toFileId(path),
		locale: result.locale,
		segments: result.segments
	}));
	const across = checkConsistency(files);
	return checked.flatMap(({ path, result }) => {
		const theirs: IndexedProblem[] = (across.get(toFileId(path)) ?? []).map((problem) => ({
			segmentIndex: problem.segmentIndex,
			placed: placeProblem(path, result.segments, problem)
		}));
		const problems =
			theirs.length === 0
				? result.problems
				: // A stable sort: within a segment, its own problems stay before the cross-file ones.
					[...result.problems, ...theirs].sort((a, b) => a.segmentIndex - b.segmentIndex);
		return problems.map((problem) => problem.placed);
	});
}
