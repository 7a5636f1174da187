import type { MarkdownContext } from '../model/types.ts';

/**
 * Decides the Markdown context of a segment from what precedes it on its line (SXS-FORMAT.md §7):
 * the characters from `lineStart` up to the segment's open tag at `openAt`. For the second segment
 * of a table row that still starts with the row's `|`. Reads char codes: it runs per segment.
 */
export function detectContext(
	text: string,
	lineStart: number,
	openAt: number,
	isInFrontMatter: boolean
): MarkdownContext {
	if (isInFrontMatter) return 'front-matter';
	if (openAt > lineStart && text.charCodeAt(openAt - 1) === BRACKET) {
		return openAt - 1 > lineStart && text.charCodeAt(openAt - 2) === BANG
			? 'image-alt'
			: 'link-text';
	}
	let i = lineStart;
	while (i < openAt && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB)) i++;
	const indent = i - lineStart;
	if (i < openAt) {
		const first = text.charCodeAt(i);
		if (first === HASH) return 'heading';
		if (first === PIPE) return 'table-cell';
		if (first === GT) return 'blockquote';
		if (isListMarker(text, i, openAt)) return 'list-item';
	}
	// A line indented under a list item is still that item's prose, not code (§7, §10).
	return indent >= 2 ? 'list-item' : 'paragraph';
}

/** `- `, `* `, `+ `, `1. ` or `1) ` at `i`. */
function isListMarker(text: string, i: number, end: number): boolean {
	const first = text.charCodeAt(i);
	if (first === DASH || first === STAR || first === PLUS)
		return isBlank(text.charCodeAt(i + 1)) && i + 1 < end;
	let j = i;
	while (j < end && j - i < 9 && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j++;
	if (j === i || j + 1 >= end) return false;
	const mark = text.charCodeAt(j);
	return (mark === DOT || mark === PAREN) && isBlank(text.charCodeAt(j + 1));
}

function isBlank(code: number): boolean {
	return code === SPACE || code === TAB;
}

const SPACE = 0x20;
const TAB = 0x09;
const HASH = 0x23;
const PIPE = 0x7c;
const GT = 0x3e;
const BRACKET = 0x5b;
const BANG = 0x21;
const DASH = 0x2d;
const STAR = 0x2a;
const PLUS = 0x2b;
const DOT = 0x2e;
const PAREN = 0x29;
