import type { PreparedSegment } from './prepared-segment.ts';
import { finding, type Finding } from './problem.ts';

/**
 * `whitespace`: runs of two or more spaces inside the translation (more of them than the source
 * has: a source that aligns with double spaces may be followed), and leading or trailing
 * whitespace that differs from the source's. Edges matter in sxs files: a segment's neighbours are
 * glued to it in the published text, so a lost trailing space joins two words. A no-break space
 * counts as a space at the edges (French puts them before `:`), never as a double space.
 */
export function checkWhitespace(segment: PreparedSegment): Finding[] {
	const { source, translation } = segment;
	if (translation.trim() === '') return [];
	const findings: Finding[] = [];
	const doubles = translation.includes('  ')
		? [...segment.maskedTranslation.trim().matchAll(DOUBLE)]
		: [];
	// The source's runs only matter when the translation has some (most have none).
	const sourceDoubles =
		doubles.length === 0 ? 0 : (segment.maskedSource.trim().match(DOUBLE)?.length ?? 0);
	if (doubles.length > sourceDoubles) {
		const offset = segment.maskedTranslation.length - segment.maskedTranslation.trimStart().length;
		for (const match of doubles) {
			const start = offset + match.index;
			const range = { start, end: start + match[0].length };
			findings.push(finding('whitespace', 'info', 'Double space in the translation.', range));
		}
	}
	const lead = edge(LEADING, translation);
	if (edge(LEADING, source) !== lead) {
		const range = { start: 0, end: lead.length };
		findings.push(finding('whitespace', 'warning', differs('Leading', source, LEADING), range));
	}
	const trail = edge(TRAILING, translation);
	if (edge(TRAILING, source) !== trail) {
		const range = { start: translation.length - trail.length, end: translation.length };
		findings.push(finding('whitespace', 'warning', differs('Trailing', source, TRAILING), range));
	}
	return findings;
}

const DOUBLE = / {2,}/g;
const LEADING = 'leading';
const TRAILING = 'trailing';

/**
 * The whitespace at one edge, with no-break spaces read as spaces. A character loop, not
 * `/\s*$/`: that pattern retries at every position of a text that does not end in a space.
 */
function edge(which: typeof LEADING | typeof TRAILING, text: string): string {
	let start = 0;
	let end = text.length;
	if (which === LEADING) while (end > start && isSpace(text.charCodeAt(start))) start++;
	else while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
	const edgeText = which === LEADING ? text.slice(0, start) : text.slice(end);
	return edgeText === '' ? edgeText : edgeText.replace(/[\u00a0\u202f]/g, ' ');
}

function isSpace(code: number): boolean {
	return (
		code === 0x20 ||
		(code >= 0x09 && code <= 0x0d) ||
		code === 0xa0 ||
		code === 0x202f ||
		code === 0x3000 ||
		code === 0xfeff ||
		(code >= 0x2000 && code <= 0x200a) ||
		code === 0x1680 ||
		code === 0x2028 ||
		code === 0x2029 ||
		code === 0x205f ||
		code === 0x85
	);
}

function differs(which: string, source: string, pattern: typeof LEADING | typeof TRAILING): string {
	const expected = JSON.stringify(edge(pattern, source));
	if (expected === '""') return `${which} whitespace that the source does not have.`;
	return `${which} whitespace differs from the source's (${expected}).`;
}
