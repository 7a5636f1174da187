/**
 * How the translations of several sentences become the translation of one merged `p` segment.
 * The pipeline joins the sources with one space (SXS-FORMAT.md §5.2); the translations are joined
 * with one space too, or with nothing where the text has no spaces between sentences (zh-CN
 * `。`) or a piece already ends in whitespace. These are the only two joiners tried, so a merge is
 * recognised (and carried) only when it can be rebuilt exactly.
 */
export const JOINERS = [' ', ''] as const;

/** The joiner with which `pieces` give exactly `whole`, or null when neither does. */
export function findJoiner(pieces: readonly string[], whole: string): string | null {
	return JOINERS.find((joiner) => pieces.join(joiner) === whole) ?? null;
}

/**
 * Joins translations when no existing text shows the joiner (a conflict's Take mine): nothing
 * after a piece that ends in whitespace or in a CJK or full-width character, else one space.
 */
export function joinTranslations(pieces: readonly string[]): string {
	let joined = pieces[0] ?? '';
	for (const piece of pieces.slice(1)) {
		joined += (joined === '' || NO_SPACE_AFTER.test(joined) ? '' : ' ') + piece;
	}
	return joined;
}

/** Ends in whitespace, CJK punctuation or ideographs (U+3000–U+9FFF), or full-width forms. */
const NO_SPACE_AFTER = /(?:\s|[\u3000-\u9fff\uff00-\uffef])$/u;
