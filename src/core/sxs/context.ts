import type { MarkdownContext } from '../model/types.ts';

/**
 * Decides the Markdown context of a segment from what precedes it on its line (SXS-FORMAT.md §7).
 * `prefix` runs from the start of the physical line to the segment's open tag, so for the second
 * segment of a table row it still starts with the row's `|`.
 */
export function detectContext(prefix: string, isInFrontMatter: boolean): MarkdownContext {
	if (isInFrontMatter) return 'front-matter';
	if (prefix.endsWith('![')) return 'image-alt';
	if (prefix.endsWith('[')) return 'link-text';
	const indent = leadingWhitespace(prefix);
	const rest = prefix.slice(indent);
	const first = rest[0];
	if (first === '#') return 'heading';
	if (first === '|') return 'table-cell';
	if (first === '>') return 'blockquote';
	if (LIST_MARKER.test(rest)) return 'list-item';
	// A line indented under a list item is still that item's prose (not code): §7 and §10.
	if (indent >= 2) return 'list-item';
	return 'paragraph';
}

const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])[ \t]/;

function leadingWhitespace(text: string): number {
	let i = 0;
	while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
	return i;
}
