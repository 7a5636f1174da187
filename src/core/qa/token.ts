/**
 * The vocabulary of the token check: pieces of a segment that must survive translation unchanged
 * (issue 4, "A measured trap"). Plain readonly records so results cross a worker boundary as is.
 */

/** What a token is; decides how its text is compared (see `extractTokens`). */
export type TokenKind =
	'code' | 'link' | 'url' | 'html-tag' | 'entity' | 'placeholder' | 'markdown' | 'number';

/** A half-open range of UTF-16 offsets in one segment's text: `start` ≤ i < `end`. */
export interface TextRange {
	readonly start: number;
	readonly end: number;
}

/** One token found in a segment's text. */
export interface QaToken extends TextRange {
	readonly kind: TokenKind;
	/** The token exactly as written, e.g. `2,0`, `**` or `https://example.com/de-de/x`. */
	readonly text: string;
	/** What is compared: `text` after the kind's normalisation (numbers lose separators, link targets their locale). */
	readonly key: string;
}
