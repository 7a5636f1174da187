import { extractTokens } from './extract-tokens.ts';
import { maskTokens } from './mask-tokens.ts';
import type { QaToken } from './token.ts';

/** One segment's texts scanned once, for every check of the segment to read. */
export interface PreparedSegment {
	readonly source: string;
	readonly translation: string;
	readonly sourceTokens: readonly QaToken[];
	readonly translationTokens: readonly QaToken[];
	/** The source with code, URLs, link targets, tags and placeholders blanked (`maskTokens`). */
	readonly maskedSource: string;
	/** The translation, blanked the same way. */
	readonly maskedTranslation: string;
	/** The translation's locale (`de-DE`), or null when unknown. */
	readonly locale: string | null;
}

/** Scans the source and the translation of a segment once. */
export function prepareSegment(
	source: string,
	translation: string,
	locale: string | null = null
): PreparedSegment {
	const sourceTokens = extractTokens(source);
	const translationTokens = extractTokens(translation);
	return {
		source,
		translation,
		sourceTokens,
		translationTokens,
		maskedSource: maskTokens(source, sourceTokens),
		maskedTranslation: maskTokens(translation, translationTokens),
		locale
	};
}
