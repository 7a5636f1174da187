import type { PreparedSegment } from './prepared-segment.ts';
import { finding, type Finding } from './problem.ts';

/**
 * `repeated-word`: the same word twice in a row ("the the"), where the source does not repeat
 * that word itself. Case counts: German "Sie sie" (you them) is grammar, not a slip, and so are
 * the German article-after-relative-pronoun pairs ("die die"). Only letters make a word: numbers
 * (`1 1`) and masked code are not words, and words split by punctuation ("end. End") or joined by
 * markup (`**the** the`) are not adjacent. The second word may carry end punctuation ("the the.").
 */
export function checkRepeatedWord(segment: PreparedSegment): Finding[] {
	const repeats = findRepeats(segment.maskedTranslation);
	if (repeats.length === 0) return [];
	const findings: Finding[] = [];
	const allowed = ALLOWED.get(segment.locale?.slice(0, 2).toLowerCase() ?? '');
	const inSource = findRepeats(segment.maskedSource).map((r) => r.word);
	for (const repeat of repeats) {
		if (allowed?.has(repeat.word) || inSource.includes(repeat.word)) continue;
		const message = `"${segment.translation.slice(repeat.start, repeat.end)}" repeats a word.`;
		findings.push(finding('repeated-word', 'warning', message, repeat));
	}
	return findings;
}

interface Repeat {
	readonly word: string;
	/** Where the two words are, first start to second end. */
	readonly start: number;
	readonly end: number;
}

/** Doubles that a language's grammar makes, by language subtag. */
const ALLOWED = new Map<string, ReadonlySet<string>>([
	['de', new Set(['die', 'der', 'das', 'den', 'dem'])],
	['nl', new Set(['die', 'dat'])]
]);

const WORD = /^[\p{L}\p{M}]+$/u;

/**
 * Walks the space-separated pieces of `text` and compares each with the one before: a character
 * loop that slices only the rare pieces of equal length (the split and regex versions were the
 * checks' largest cost on 100,000 segments).
 */
function findRepeats(text: string): Repeat[] {
	const repeats: Repeat[] = [];
	let previousStart = -1;
	let previousEnd = -1;
	let at = 0;
	while (at < text.length) {
		while (at < text.length && isSpace(text.charCodeAt(at))) at++;
		const start = at;
		while (at < text.length && !isSpace(text.charCodeAt(at))) at++;
		let end = at;
		const length = previousEnd - previousStart;
		// "the the.": the second word may carry up to three end punctuation marks.
		while (
			end - start > length &&
			end - start <= length + 3 &&
			isEndPunctuation(text.charCodeAt(end - 1))
		)
			end--;
		if (previousStart >= 0 && end - start === length && end > start) {
			const word = text.slice(start, end);
			if (text.startsWith(word, previousStart) && WORD.test(word)) {
				repeats.push({ word, start: previousStart, end });
			}
		}
		previousStart = start;
		previousEnd = at;
	}
	return repeats;
}

function isSpace(code: number): boolean {
	return code === 0x20 || code === 0x09 || code === 0xa0;
}

function isEndPunctuation(code: number): boolean {
	// . , ; : ! ? …
	return (
		code === 0x2e ||
		code === 0x2c ||
		code === 0x3b ||
		code === 0x3a ||
		code === 0x21 ||
		code === 0x3f ||
		code === 0x2026
	);
}
