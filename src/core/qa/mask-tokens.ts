import { extractTokens } from './extract-tokens.ts';
import type { QaToken } from './token.ts';

/** Token kinds whose inside is not prose: code, URLs, link targets, tags, placeholders. */
const OPAQUE = new Set(['code', 'url', 'link', 'html-tag', 'placeholder']);

/**
 * `text` with its code spans, URLs, link targets, tags and placeholders blanked out, so prose
 * checks (scripts, repeated words, brackets) do not read `file_name` or `/a(b)` as prose.
 * Offsets are unchanged. The filler is U+001A (SUBSTITUTE): not a letter, space, bracket or
 * punctuation mark, so a blanked span neither joins nor splits words nor makes a double space. Pass the tokens of `text` when they are at hand, to scan once.
 */
export function maskTokens(text: string, tokens: readonly QaToken[] = extractTokens(text)): string {
	let masked = '';
	let at = 0;
	for (const token of tokens) {
		if (!OPAQUE.has(token.kind) || token.start < at) continue;
		masked += text.slice(at, token.start) + MASK.repeat(token.end - token.start);
		at = token.end;
	}
	return at === 0 ? text : masked + text.slice(at);
}

const MASK = '\u001a';
