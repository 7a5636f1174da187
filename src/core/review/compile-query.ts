/** What to look for, as the Find field and its three checkboxes say. */
export interface SearchQuery {
	/** The text typed in Find. */
	readonly text: string;
	/** Read `text` as a JavaScript regular expression (Unicode mode). */
	readonly isRegex: boolean;
	readonly matchCase: boolean;
	/** Only hits with no letter, digit or `_` just before or after them. */
	readonly wholeWord: boolean;
}

/** A query ready to run, or why it cannot be (an empty or invalid pattern). */
export type CompiledQuery =
	{ readonly ok: true; readonly pattern: RegExp } | { readonly ok: false; readonly error: string };

/**
 * Turns a query into one global, multi-line, Unicode regular expression (`^` and `$` match at the
 * edges of each segment). A plain text is escaped first; whole word wraps the pattern in
 * lookarounds, so it works for any script, not only ASCII like `\b`. An invalid pattern is a
 * value with the engine's message, never an exception.
 */
export function compileQuery(query: SearchQuery): CompiledQuery {
	if (query.text === '') return { ok: false, error: 'Type what to find.' };
	let source = query.isRegex ? query.text : query.text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
	if (query.wholeWord) source = `(?<![\\p{L}\\p{N}_])(?:${source})(?![\\p{L}\\p{N}_])`;
	try {
		return { ok: true, pattern: new RegExp(source, query.matchCase ? 'gmu' : 'gimu') };
	} catch (error: unknown) {
		const detail = error instanceof Error ? error.message : String(error);
		return { ok: false, error: `Not a valid regular expression: ${detail}` };
	}
}
