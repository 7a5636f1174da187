import { maskTokens } from '../qa/mask-tokens.ts';
import type { QaSegment } from '../qa/problem.ts';

/** Segments and words of a file or of many files. */
export interface WordCount {
	readonly segments: number;
	/** Words of the English sources. */
	readonly sourceWords: number;
	/** Words of the translations (as edited, when the caller passes edited texts). */
	readonly targetWords: number;
}

/** A file's counts, with how it was translated. */
export interface FileWordCount extends WordCount {
	/** From `ms.translationtype`: machine (`MT`) or human (`HT`) translation, or null when absent. */
	readonly translationType: 'MT' | 'HT' | null;
}

/**
 * Counts the segments and words of one file with `Intl.Segmenter`, so unspaced scripts count by
 * their words (`我们的产品` is three words, `我们`, `的`, `产品`), not as one run. Code spans, URLs,
 * link targets, tags and placeholders are not words (`maskTokens`); the source is English.
 * `translationType` is the front matter's raw value (`MT`, `HT`, any case).
 */
export function countFileWords(
	segments: readonly QaSegment[],
	locale: string | null,
	translationType: string | null = null
): FileWordCount {
	const sourceCounter = createWordCounter('en');
	const targetCounter = createWordCounter(locale);
	let sourceWords = 0;
	let targetWords = 0;
	for (const segment of segments) {
		sourceWords += sourceCounter(segment.source);
		targetWords += targetCounter(segment.translation);
	}
	const type = translationType?.trim().toUpperCase();
	return {
		segments: segments.length,
		sourceWords,
		targetWords,
		translationType: type === 'MT' || type === 'HT' ? type : null
	};
}

/**
 * A function that counts the words of a text in `locale` (null: the runtime's default). One
 * `Intl.Segmenter` per counter: creating one costs far more than segmenting a sentence.
 */
export function createWordCounter(locale: string | null): (text: string) => number {
	const segmenter = new Intl.Segmenter(toSegmenterLocale(locale), { granularity: 'word' });
	return (text) => {
		if (text === '') return 0;
		let count = 0;
		for (const piece of segmenter.segment(maskTokens(text))) if (piece.isWordLike) count++;
		return count;
	};
}

/** A locale the segmenter accepts; `Intl` throws on a malformed tag, and bad input is not an error here. */
function toSegmenterLocale(locale: string | null): string | undefined {
	if (locale === null) return undefined;
	try {
		return Intl.Segmenter.supportedLocalesOf([locale])[0] ?? undefined;
	} catch {
		return undefined;
	}
}
