import type { PreparedSegment } from './prepared-segment.ts';
import { finding, type Finding } from './problem.ts';

/**
 * `end-punctuation`: the translation ends with another punctuation mark than the source (`.`
 * against `:`, or none against `.`). Full-width and script-specific forms count as the same mark
 * (`。` is `.`, `？` and the Greek question mark `;` are `?`). Closing markup, quotes and a link target after
 * the mark (`**`, `)`, `»`, `](url)`) are looked through, and segments without a letter are skipped.
 */
export function checkEndPunctuation(segment: PreparedSegment): Finding[] {
	const { maskedSource, maskedTranslation, translation } = segment;
	if (translation.trim() === '' || !LETTER.test(maskedSource)) return [];
	const source = endMark(maskedSource, null);
	const target = endMark(maskedTranslation, segment.locale);
	if (source.mark === target.mark) return [];
	const range = target.at < 0 ? null : { start: target.at, end: target.at + 1 };
	const message =
		source.mark === ''
			? `The translation ends with "${target.char}"; the source has no end punctuation.`
			: target.mark === ''
				? `The source ends with "${source.char}"; the translation has no end punctuation.`
				: `The translation ends with "${target.char}"; the source ends with "${source.char}".`;
	return [finding('end-punctuation', 'info', message, range)];
}

interface EndMark {
	/** The mark's class (`.`, `?`, …), or '' for none. */
	readonly mark: string;
	/** The mark as written. */
	readonly char: string;
	/** Its offset, or -1 for none. */
	readonly at: number;
}

const LETTER = /\p{L}/u;

/** Characters after the end mark that do not end a sentence: closing markup, quotes, space. */
const CLOSERS = new Set([...' \t\r\n\u00a0*_`)]}»”’"\'“›」』）】', '\u001a']);

/** Each end mark's class; anything else is not an end mark. */
const MARKS = new Map<string, string>([
	['.', '.'],
	['。', '.'],
	['．', '.'],
	['।', '.'],
	['!', '!'],
	['！', '!'],
	['?', '?'],
	['？', '?'],
	['؟', '?'],
	['\u037e', '?'],
	[':', ':'],
	['：', ':'],
	[';', ';'],
	['；', ';'],
	['…', '.'],
	[',', ','],
	['，', ','],
	['、', ','],
	['،', ',']
]);

/**
 * The last end mark of `text`, looking through closers and a final link target (`[text.](url)`
 * ends with the `.` of its text); Greek writes `?` as `;`.
 */
function endMark(text: string, locale: string | null): EndMark {
	let at = text.length - 1;
	for (;;) {
		while (at >= 0 && CLOSERS.has(text.charAt(at))) at--;
		if (text.charAt(at) !== '(' || text.charAt(at - 1) !== ']') break;
		at -= 2;
	}
	const char = text.charAt(at);
	let mark = MARKS.get(char) ?? '';
	if (mark === ';' && locale?.toLowerCase().startsWith('el')) mark = '?';
	return mark === '' ? { mark, char: '', at: -1 } : { mark, char, at };
}
