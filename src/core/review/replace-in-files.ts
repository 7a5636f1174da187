import { checkEdit } from '../sxs/check-edit.ts';
import type { Edits, FileId } from '../model/workspace.ts';
import { compileQuery, type SearchQuery } from './compile-query.ts';
import { expandReplacement } from './expand-replacement.ts';
import { currentTranslation, type ReviewFile, type SegmentRef } from './review-file.ts';

/** One segment whose translation a replacement changes. */
export interface Replacement extends SegmentRef {
	/** The translation before and after (for a before/after word diff). */
	readonly before: string;
	readonly after: string;
	/** How many matches were replaced in it. */
	readonly count: number;
}

/** A replacement the core refused: it would change the file's segments (`checkEdit`). */
export interface SkippedReplacement extends Replacement {
	readonly reason: string;
}

/** The new edits of one file. */
export interface FileReplacement {
	readonly file: FileId;
	/** The file's whole edit map after the replacement (its other edits kept). */
	readonly edits: Edits;
	readonly replacements: readonly Replacement[];
}

export type ReplaceResult =
	| {
			readonly ok: true;
			/** Only files with at least one replacement, in the given order. */
			readonly files: readonly FileReplacement[];
			readonly skipped: readonly SkippedReplacement[];
	  }
	| { readonly ok: false; readonly error: string };

/**
 * Replaces the matches of `query` in the translations of all files (sources are never changed)
 * and returns the new edits per file, to apply as one undoable step. With `only`, just the hits
 * whose `hitKey` it holds are replaced (the hits the translator chose). A segment whose new
 * translation `checkEdit` refuses keeps its text and is listed in `skipped`, with the reason.
 * In regex mode `replacement` may use `$1`, `$<name>`, `$&` and `$$`; otherwise it is literal.
 */
export function replaceInFiles(
	files: readonly ReviewFile[],
	query: SearchQuery,
	replacement: string,
	only?: ReadonlySet<string>
): ReplaceResult {
	const compiled = compileQuery(query);
	if (!compiled.ok) return compiled;
	const pattern = compiled.pattern;
	const out: FileReplacement[] = [];
	const skipped: SkippedReplacement[] = [];
	for (const file of files) {
		const edits = new Map(file.edits);
		const replacements: Replacement[] = [];
		file.segments.forEach((segment, segmentIndex) => {
			const before = currentTranslation(file, segment);
			let count = 0;
			const after = replaceMatches(before, pattern, (match) => {
				if (only && !only.has(hitKey(file.file, segmentIndex, match.index))) return null;
				count++;
				return query.isRegex ? expandReplacement(replacement, match) : replacement;
			});
			if (count === 0 || after === before) return;
			const change = { file: file.file, segmentIndex, segmentId: segment.id, before, after, count };
			const reason = checkEdit(segment, after);
			if (reason !== null) {
				skipped.push({ ...change, reason });
				return;
			}
			edits.set(segment.id, after);
			replacements.push(change);
		});
		if (replacements.length > 0) out.push({ file: file.file, edits, replacements });
	}
	return { ok: true, files: out, skipped };
}

/**
 * The key of a translation hit for `replaceInFiles`' `only`: file, segment and start offset
 * (a `SearchHit` of field `translation` gives all three).
 */
export function hitKey(file: FileId, segmentIndex: number, start: number): string {
	return `${file}\u0000${segmentIndex}\u0000${start}`;
}

/** `text` with each non-empty match replaced by `replace(match)`, or kept when it returns null. */
function replaceMatches(
	text: string,
	pattern: RegExp,
	replace: (match: RegExpExecArray) => string | null
): string {
	const scan = new RegExp(pattern.source, pattern.flags);
	let out = '';
	let at = 0;
	for (let match = scan.exec(text); match; match = scan.exec(text)) {
		if (match[0].length === 0) {
			scan.lastIndex = match.index + 1;
			continue;
		}
		const replaced = replace(match);
		if (replaced === null) continue;
		out += text.slice(at, match.index) + replaced;
		at = match.index + match[0].length;
	}
	return at === 0 && out === '' ? text : out + text.slice(at);
}
