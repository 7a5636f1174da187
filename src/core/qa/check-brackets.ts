import type { PreparedSegment } from './prepared-segment.ts';
import { finding, type Finding } from './problem.ts';

/**
 * `brackets`: a bracket without its partner, or an odd number of quotes, in the translation where
 * the source is balanced (a source "1)" list marker or a quote split over two segments is
 * followed, not reported). Code, URLs and link targets are not read; `&quot;` counts as `"`.
 */
export function checkBrackets(segment: PreparedSegment): Finding[] {
	if (segment.translation.trim() === '') return [];
	const source = findUnpaired(segment.maskedSource);
	const findings: Finding[] = [];
	for (const problem of findUnpaired(segment.maskedTranslation)) {
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

const OPENERS = new Map([
	['(', ')'],
	['[', ']'],
	['{', '}'],
	['（', '）'],
	['【', '】'],
	['「', '」'],
	['『', '』'],
	['«', '»']
]);
const CLOSERS = new Map([...OPENERS].map(([open, close]) => [close, open]));

const BRACKET = /[()[\]{}（）【】「」『』«»]/g;

/** Quotes whose count must be even: `"` alone, and typographic double quotes in any convention. */
const QUOTES = /"|&quot;|[“”„]/g;

function findUnpaired(text: string): Unpaired[] {
	const found: Unpaired[] = [];
	const stack: { char: string; at: number }[] = [];
	for (const match of text.matchAll(BRACKET)) {
		const char = match[0];
		const at = match.index;
		if (OPENERS.has(char)) stack.push({ char, at });
		else if (CLOSERS.has(char)) {
			const open = CLOSERS.get(char) ?? '';
			const top = stack.at(-1);
			if (top?.char === open) stack.pop();
			else found.push(unpaired(open, at, `"${char}" closes a bracket that is not open.`));
		}
	}
	for (const { char, at } of stack) found.push(unpaired(char, at, `"${char}" is never closed.`));
	const ascii = [...text.matchAll(QUOTES)];
	const straight = ascii.filter((m) => m[0] === '"' || m[0] === '&quot;');
	const curly = ascii.filter((m) => m[0] !== '"' && m[0] !== '&quot;');
	for (const [group, list] of [
		['"', straight],
		['“', curly]
	] as const) {
		const last = list.at(-1);
		if (list.length % 2 === 1 && last) {
			found.push({
				group,
				at: last.index,
				length: last[0].length,
				message: 'An odd number of quotation marks: one is not paired.'
			});
		}
	}
	return found;
}

function unpaired(group: string, at: number, message: string): Unpaired {
	return { group, at, length: 1, message };
}
