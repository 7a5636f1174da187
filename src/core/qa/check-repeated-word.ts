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
	const findings: Finding[] = [];
	const allowed = ALLOWED.get(segment.locale?.slice(0, 2).toLowerCase() ?? '');
	for (const repeat of findRepeats(segment.maskedTranslation)) {
		if (allowed?.has(repeat.word)) continue;
		if (findRepeats(segment.maskedSource).some((r) => r.word === repeat.word)) continue;
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

const SPACE = /[ \t\u00a0]+/;
const WORD = /^[\p{L}\p{M}]+$/u;
const END_PUNCTUATION = /[.,;:!?…]+$/;

/**
 * Splits on spaces and compares neighbours: one native split per segment, and the letter test
 * only for the rare equal pairs (a regex with a back-reference was several times slower).
 */
function findRepeats(text: string): Repeat[] {
	const parts = text.split(SPACE);
	const repeats: Repeat[] = [];
	let at = 0;
	let previousAt = 0;
	for (let i = 0; i < parts.length; i++) {
		const part = parts[i] ?? '';
		const partAt = text.indexOf(part, at);
		at = partAt + part.length;
		const previous = i > 0 ? (parts[i - 1] ?? '') : '';
		const word = part.length > previous.length ? part.replace(END_PUNCTUATION, '') : part;
		if (i > 0 && word.length === previous.length && word === previous && WORD.test(word)) {
			repeats.push({ word, start: previousAt, end: partAt + word.length });
		}
		previousAt = partAt;
	}
	return repeats;
}
