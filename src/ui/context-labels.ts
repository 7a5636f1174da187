import type { MarkdownContext } from '../core/index.ts';

/** A segment's Markdown context in words, as the status bar and the filter show it. */
export const CONTEXT_LABELS: Record<MarkdownContext, string> = {
	'front-matter': 'front matter',
	heading: 'heading',
	'table-cell': 'table cell',
	'list-item': 'list item',
	blockquote: 'blockquote',
	'link-text': 'link text',
	'image-alt': 'image alt text',
	paragraph: 'paragraph'
};
