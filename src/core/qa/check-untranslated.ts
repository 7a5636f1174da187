import type { PreparedSegment } from './prepared-segment.ts';
import { finding, type Finding } from './problem.ts';

/**
 * `untranslated`: an empty translation of a source with words, or a translation equal to its
 * source. Equal is fine when nothing in the source is translatable: segments that are only code,
 * URLs, tags, numbers and names. A name is a word that starts with a capital letter or holds a
 * digit (`Azure`, `HoloLens 2`, `MRTK`); a sentence has two or more lower-case words. The price: a
 * title-case heading left in English ("Spatial Mapping") is not reported, nor is an all-lower-case
 * line without end punctuation (a command such as `dotnet ef database update`).
 */
export function checkUntranslated(segment: PreparedSegment): Finding[] {
	const { source, translation, maskedSource } = segment;
	const isEmpty = translation.trim() === '';
	if (!isEmpty && !isSameText(translation, source)) return [];
	const words = maskedSource.match(WORD) ?? [];
	if (words.length === 0) return [];
	if (isEmpty) return [finding('untranslated', 'warning', 'The translation is empty.')];
	if (words.filter((word) => COMMON_WORD.test(word)).length < MIN_COMMON_WORDS) return [];
	if (looksLikeCommand(maskedSource)) return [];
	const range = { start: 0, end: translation.length };
	return [finding('untranslated', 'warning', 'The translation is the same as the source.', range)];
}

/** Letter runs, with inner apostrophes and hyphens (`don't`, `sign-in`). */
const WORD = /\p{L}+(?:['’-]\p{L}+)*/gu;

/**
 * A sentence has at least two lower-case words: one alone is mostly a code name (`float`, `false`)
 * or a title's preposition ("Streaming in Unreal"), both fine untranslated.
 */
const MIN_COMMON_WORDS = 2;

/** A word that is not a name: all lower-case, at least two letters. */
const COMMON_WORD = /^\p{Ll}{2,}(?:['’-]\p{L}+)*$/u;

/**
 * `dotnet ef database update`: no capital letter and no end punctuation is a command line or an
 * identifier list, not a sentence (the corpus has dozens of them, all rightly untranslated).
 */
function looksLikeCommand(text: string): boolean {
	return !/\p{Lu}/u.test(text) && !/[.!?:;]\s*$/.test(text.trim());
}

/** Equal but for runs of whitespace; the cheap first and last character test settles most. */
function isSameText(a: string, b: string): boolean {
	const x = a.trim();
	const y = b.trim();
	if (x === y) return true;
	if (x.charAt(0) !== y.charAt(0) || x.charAt(x.length - 1) !== y.charAt(y.length - 1))
		return false;
	// Without runs or other whitespace, collapsing changes nothing: unequal stays unequal.
	if (!OTHER_WHITESPACE.test(x) && !OTHER_WHITESPACE.test(y)) return false;
	return collapse(x) === collapse(y);
}

const OTHER_WHITESPACE = /[^\S ]| {2}/;

function collapse(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}
