import { findJoiner } from './join-translations.ts';

/**
 * Cuts the translation of a `p` segment that theirs split into `count` pieces, for Take mine on
 * the pieces. When the translation has exactly `count` sentences (`Intl.Segmenter`) that join back
 * to it (by a space or by nothing, as `findJoiner`), piece k gets sentence k. Otherwise it cannot
 * be cut faithfully: the first piece gets all of it and the others nothing. Either way, taking
 * mine on every piece writes the translation exactly once, never once per piece.
 */
export function cutTranslation(text: string, count: number): string[] {
	const sentences = sentencesOf(text);
	if (sentences !== null && sentences.length === count && findJoiner(sentences, text) !== null)
		return sentences;
	return Array.from({ length: count }, (_, index) => (index === 0 ? text : ''));
}

/** The sentences of a text without the whitespace after each, or null without a segmenter. */
function sentencesOf(text: string): string[] | null {
	if (typeof Intl !== 'object' || typeof Intl.Segmenter !== 'function') return null;
	const segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });
	return [...segmenter.segment(text)].map((piece) => piece.segment.trimEnd());
}
