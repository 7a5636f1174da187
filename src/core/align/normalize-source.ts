/**
 * Normalizes a segment source for comparison: every run of whitespace becomes one space, and the
 * ends are trimmed. Nothing else changes (no case folding, no entity decoding, no punctuation
 * rules), so two normalized sources are equal only when a reader could not tell them apart by
 * their visible characters and line breaks.
 *
 * "Whitespace" is JavaScript's `\s`: it includes U+00A0 NO-BREAK SPACE, which some files use where
 * others use a plain space (SXS-FORMAT.md §1), and excludes U+200B ZERO WIDTH SPACE, which is a
 * real difference in the text.
 */
export function normalizeSource(source: string): string {
	return source.replace(WHITESPACE_RUN, ' ').trim();
}

const WHITESPACE_RUN = /\s+/g;
