import { diffWords } from 'diff';

/** A run of a word diff: text both sides share, or text only the old or only the new side has. */
export interface WordDiffPart {
	readonly text: string;
	readonly kind: 'same' | 'removed' | 'added';
}

/**
 * Bound on the diff (inserted plus removed words explored) before it gives up: two long
 * unrelated translations answer "too different" in a few milliseconds instead of stalling.
 */
const MAX_EDIT_LENGTH = 2_000;

/**
 * A word-level diff of two texts of one language (an old and a new translation, two sources), for
 * showing what changed. Words are found with `Intl.Segmenter` when the host has it, so Chinese,
 * Japanese and Thai, written without spaces, diff by word and not as one block. Null when the
 * texts are too different to diff within the bound: show both texts whole instead.
 */
export function diffWordsOf(before: string, after: string, locale?: string): WordDiffPart[] | null {
	const intlSegmenter = hasSegmenter()
		? new Intl.Segmenter(locale, { granularity: 'word' })
		: undefined;
	const changes = diffWords(before, after, { maxEditLength: MAX_EDIT_LENGTH, intlSegmenter });
	if (changes === undefined) return null;
	return changes.map((change) => ({
		text: change.value,
		kind: change.added ? 'added' : change.removed ? 'removed' : 'same'
	}));
}

function hasSegmenter(): boolean {
	return typeof Intl === 'object' && typeof Intl.Segmenter === 'function';
}
