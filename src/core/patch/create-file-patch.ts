import { createTwoFilesPatch, FILE_HEADERS_ONLY, formatPatch, type StructuredPatch } from 'diff';

/**
 * Bound on the line diff (inserted plus removed lines explored). Edits change translations only,
 * so a real export differs in a few lines per edited segment; past this bound the whole file is
 * written as one hunk, which is a correct patch, only a longer one.
 */
export const MAX_PATCH_EDIT_LENGTH = 20_000;

/** Context lines around each change: diff -u's and git's default. */
const CONTEXT_LINES = 3;

/**
 * A unified diff of one file, `original` to `edited` (decoded texts, as `decodeSxsBytes` gives
 * them; encode the patch with `encodeSxsText`), that `git apply` and `patch -p1` accept: the
 * path under `a/` and `b/`, lines compared with their line ends (a CRLF line stays CRLF, and a
 * line-end change is a change), and `\ No newline at end of file` where a side has no final
 * newline. Returns '' when the texts are equal: a patch with headers and no hunk is rejected by
 * both tools. `path` is relative, with `/` separators; unusual names are C-quoted as git does.
 * `maxEditLength` bounds the line diff (default `MAX_PATCH_EDIT_LENGTH`).
 */
export function createFilePatch(
	path: string,
	original: string,
	edited: string,
	options: { readonly maxEditLength?: number } = {}
): string {
	if (original === edited) return '';
	const oldName = `a/${path}`;
	const newName = `b/${path}`;
	const patch = createTwoFilesPatch(oldName, newName, original, edited, undefined, undefined, {
		context: CONTEXT_LINES,
		maxEditLength: options.maxEditLength ?? MAX_PATCH_EDIT_LENGTH,
		headerOptions: FILE_HEADERS_ONLY
	});
	const text =
		patch ?? formatPatch(wholeFileHunk(oldName, newName, original, edited), FILE_HEADERS_ONLY);
	return endNamesWithTab(text, oldName, newName);
}

/**
 * `patch` reads a file name up to the first whitespace unless a tab ends it, so a name with a
 * space gets a trailing tab, as git writes it. (A C-quoted name, with non-ASCII, needs none.)
 */
function endNamesWithTab(patch: string, oldName: string, newName: string): string {
	if (!/\s/.test(oldName)) return patch;
	return patch
		.replace(`--- ${oldName}\n`, `--- ${oldName}\t\n`)
		.replace(`+++ ${newName}\n`, `+++ ${newName}\t\n`);
}

/** Every line of `original` removed and every line of `edited` added, in one hunk. */
function wholeFileHunk(
	oldName: string,
	newName: string,
	original: string,
	edited: string
): StructuredPatch {
	const removed = hunkLines('-', original);
	const added = hunkLines('+', edited);
	return {
		oldFileName: oldName,
		newFileName: newName,
		oldHeader: undefined,
		newHeader: undefined,
		hunks: [
			{
				oldStart: 1,
				oldLines: removed.count,
				newStart: 1,
				newLines: added.count,
				lines: [...removed.lines, ...added.lines]
			}
		]
	};
}

/** The text's lines marked with `sign`, without their `\n`, and the missing-newline marker. */
function hunkLines(sign: string, text: string): { lines: string[]; count: number } {
	if (text === '') return { lines: [], count: 0 };
	const parts = text.split('\n');
	const hasFinalNewline = parts.at(-1) === '';
	if (hasFinalNewline) parts.pop();
	const lines = parts.map((line) => sign + line);
	if (!hasFinalNewline) lines.push('\\ No newline at end of file');
	return { lines, count: parts.length };
}
