/**
 * Cuts the translation of a `p` segment that theirs split into `count` pieces, for Take mine on
 * the pieces. When the translation has exactly `count` sentences (`Intl.Segmenter`, closing
 * markup kept with the sentence it closes), piece k gets sentence k without the spaces around it
 * (the pipeline joins the pieces of a `p` segment itself). Otherwise it cannot
 * be cut faithfully: the first piece gets all of it and the others nothing. Either way, taking
 * mine on every piece writes the translation exactly once, never once per piece.
 */
export function cutTranslation(text: string, count: number): string[] {
	const sentences = sentencesOf(text);
	if (sentences !== null && sentences.length === count && isSameText(sentences.join(''), text))
		return sentences;
	return Array.from({ length: count }, (_, index) => (index === 0 ? text : ''));
}

/** The sentences of a text without the whitespace after each, or null without a segmenter. */
function sentencesOf(text: string): string[] | null {
	if (typeof Intl !== 'object' || typeof Intl.Segmenter !== 'function') return null;
	const segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });
	const sentences = [...segmenter.segment(text)].map((piece) => piece.segment);
	// The segmenter ends a sentence at its stop, so closing markup after the stop (`**`, a bracket,
	// a quote) opens the next sentence: it goes back to the sentence it closes.
	for (let index = 1; index < sentences.length; index++) {
		const closing = CLOSING.exec(sentences[index] ?? '')?.[0] ?? '';
		if (closing === '') continue;
		sentences[index - 1] = (sentences[index - 1] ?? '').trimEnd() + closing;
		sentences[index] = (sentences[index] ?? '').slice(closing.length).trimStart();
	}
	return sentences.map((sentence) => sentence.trimEnd());
}

/** Markup and punctuation that close a sentence: emphasis, brackets, quotes. */
const CLOSING = /^[*_)\]}"'`»”’」』）]+/u;

/** The same characters apart from spaces (the pieces lose the spaces between sentences). */
function isSameText(a: string, b: string): boolean {
	return a.replace(/\s/gu, '') === b.replace(/\s/gu, '');
}
