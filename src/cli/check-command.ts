import {
	checkFiles,
	toFileId,
	toQaFile,
	type QaFile,
	type QaProblem,
	type Segment
} from '../core/index.ts';
import {
	formatGithubLine,
	formatJson,
	formatTextLine,
	type CheckFormat,
	type PlacedProblem
} from './check-format.ts';
import { splitArgs, type Command } from './command.ts';
import { EXIT_BAD_INPUT, EXIT_FAILED_CHECK, EXIT_OK, reportUnreadable } from './output.ts';
import { expandPaths, loadFile } from './read-files.ts';
import { usageError } from './usage.ts';

export const checkCommand: Command = {
	name: 'check',
	summary: 'run the QA checks over sxs files and list the problems',
	help: `Usage: locdiff check PATH... [--json] [--format github]

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
Exit code 1 if any error was found; 2 if a file could not be read or decoded (named on
stderr; the other files are still checked) or the arguments are wrong; else 0.`,
	async run(args, output) {
		const parsed = parseOptions(args);
		if (typeof parsed === 'string') return usageError(output, this, parsed);
		const loadedFiles: { path: string; segments: readonly Segment[]; file: QaFile }[] = [];
		let unreadable = 0;
		for (const path of await expandPaths(parsed.paths)) {
			const loaded = await loadFile(path);
			if (!loaded.ok) {
				reportUnreadable(output, loaded.path, loaded.reason);
				unreadable++;
				continue;
			}
			const { document } = loaded;
			loadedFiles.push({
				path,
				segments: document.segments,
				file: toQaFile(toFileId(path), document)
			});
		}
		const results = checkFiles(loadedFiles.map((f) => f.file));
		const placed = results.flatMap((result, i) => {
			const segments = loadedFiles[i]?.segments ?? [];
			return result.problems.map((p) => place(result.file, segments, p));
		});
		const errors = placed.filter((p) => p.severity === 'error').length;
		if (parsed.format === 'json') output.stdout(formatJson(placed));
		else {
			const line = parsed.format === 'github' ? formatGithubLine : formatTextLine;
			for (const problem of placed) output.stdout(`${line(problem)}\n`);
			const n = (value: number) => value.toLocaleString('en-US');
			const segments = loadedFiles.reduce((sum, f) => sum + f.segments.length, 0);
			output.stdout(
				`check: ${n(loadedFiles.length)} files, ${n(segments)} segments, ${n(placed.length)} problems (${n(errors)} errors)\n`
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

/** A problem's line and column in the file: the translation's start, plus the range's offset. */
function place(file: string, segments: readonly Segment[], problem: QaProblem): PlacedProblem {
	const segment = segments[problem.segmentIndex];
	let line = segment?.line ?? 1;
	let column = segment?.column ?? 1;
	const offset = problem.range?.start ?? 0;
	if (segment && offset > 0) {
		const before = segment.translation.slice(0, offset);
		const lastBreak = before.lastIndexOf('\n');
		if (lastBreak < 0) column += offset;
		else {
			line += before.split('\n').length - 1;
			column = offset - lastBreak;
		}
	}
	return {
		file,
		id: problem.segmentId,
		line,
		column,
		check: problem.check,
		severity: problem.severity,
		message: problem.message
	};
}
