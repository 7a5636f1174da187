import type { PreparedSegment } from './prepared-segment.ts';
import { finding, type Finding } from './problem.ts';

/**
 * `brackets`: a bracket without its partner, or an odd number of quotes, in the translation where
 * the source is balanced for that kind (a source "1)" list marker or a quote split over two
 * segments is followed, not reported). Each kind is counted on its own: MT often moves a `)` into
 * a link text (`(see [the guide)](a.md)`), which crosses the pairs but reads right once
 * rendered. Code, URLs and link targets are not read; `&quot;` counts as `"`, and when the count is
 * odd, a `"` right after a digit is read as an inch mark (`15"`).
 */
export function checkBrackets(segment: PreparedSegment): Finding[] {
	if (segment.translation.trim() === '' || !ANY.test(segment.maskedTranslation)) return [];
	const unpaired = findUnpaired(segment.maskedTranslation);
	if (unpaired.length === 0) return [];
	const source = findUnpaired(segment.maskedSource);
	const findings: Finding[] = [];
	for (const problem of unpaired) {
		if (source.some((other) => other.group === problem.group)) continue;
		const range = { start: problem.at, end: problem.at + problem.length };
		findings.push(finding('brackets', 'warning', problem.message, range));
	}
	return findings;
}

interface Unpaired {
	/** Which pair or quote kind, so the source's own imbalance excuses the same kind only. */
	readonly group: string;
	readonly at: number;
	readonly length: number;
	readonly message: string;
}

const PAIRS = new Map([
	['(', ')'],
	['[', ']'],
	['{', '}'],
	['（', '）'],
	['【', '】'],
	['「', '」'],
	['『', '』'],
	['«', '»']
]);
const OPENER_OF = new Map([...PAIRS].map(([open, close]) => [close, open]));
const ANY = /[()[\]{}（）【】「」『』«»"“”„]|&quot;/;
const BRACKET = /[()[\]{}（）【】「」『』«»]/g;

/** Straight and typographic double quotes, whose counts must be even. */
const QUOTE = /"|&quot;|[“”„]/g;

function findUnpaired(text: string): Unpaired[] {
	const found: Unpaired[] = [];
	const open = new Map<string, number[]>();
	for (const match of text.matchAll(BRACKET)) {
		const char = match[0];
		const opener = OPENER_OF.get(char);
		if (opener === undefined) {
			const list = open.get(char) ?? [];
			list.push(match.index);
			open.set(char, list);
		} else if ((open.get(opener)?.pop() ?? -1) < 0) {
			found.push(unpaired(opener, match.index, 1, `"${char}" closes a bracket that is not open.`));
		}
	}
	for (const [char, positions] of open) {
		for (const at of positions) found.push(unpaired(char, at, 1, `"${char}" is never closed.`));
	}
	const quotes = [...text.matchAll(QUOTE)];
	for (const group of ['"', '“']) {
		let list = quotes.filter((m) => (m[0] === '"' || m[0] === '&quot;') === (group === '"'));
		// `(15")` is an inch mark, `"HDMI 1.4"` a quote: digits excuse a quote only when it is odd.
		if (list.length % 2 === 1) list = list.filter((m) => !/\d/.test(text.charAt(m.index - 1)));
		const last = list.at(-1);
		if (list.length % 2 === 1 && last) {
			const message = 'An odd number of quotation marks: one is not paired.';
			found.push(unpaired(group, last.index, last[0].length, message));
		}
	}
	return found.sort((a, b) => a.at - b.at);
}

function unpaired(group: string, at: number, length: number, message: string): Unpaired {
	return { group, at, length, message };
}
