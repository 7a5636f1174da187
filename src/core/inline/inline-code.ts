/**
 * The vocabulary of protected inline codes (issue 11): a segment's text cut into plain text, which
 * a CAT tool may translate, and codes (HTML tags, Markdown link targets, inline code…), which it
 * must keep. Plain readonly records, so they cross a worker boundary as they are.
 */

/** How a code stands: alone, or as the start or end of a pair that encloses text. */
export type CodeRole = 'open' | 'close' | 'standalone';

/** What a code is in the Markdown; written to XLIFF/TMX as `ctype`/`type` hints. */
export type CodeType =
	| 'html'
	| 'comment'
	| 'link'
	| 'image'
	| 'code'
	| 'directive'
	| 'autolink'
	| 'entity'
	| 'escape'
	| 'char';

/** One protected code. */
export interface InlineCode {
	readonly role: CodeRole;
	readonly type: CodeType;
	/** 1-based id; the two ends of a pair share it. Equal codes in source and target share it. */
	readonly id: number;
	/**
	 * The code's characters exactly as in the segment, e.g. `<a href="x">` or `](page.md)`. For a
	 * `char` code: characters that XML 1.0 cannot hold (C0 controls, lone surrogates, U+FFFE/F).
	 */
	readonly text: string;
}

/** A piece of a segment: plain text or a code. Joining every piece gives the segment back. */
export type InlineRun = string | InlineCode;

/** The segment text again: text runs as they are, codes as their original characters. */
export function joinRuns(runs: readonly InlineRun[]): string {
	let out = '';
	for (const run of runs) out += typeof run === 'string' ? run : run.text;
	return out;
}
