import { HTML_TAG_NAMES } from './html-tag-names.ts';
import { normalizeLinkTarget } from './normalize-link.ts';
import { normalizeNumber } from './normalize-number.ts';
import type { QaToken, TokenKind } from './token.ts';

/**
 * Finds the tokens of `text` that must survive translation, left to right, without overlaps:
 * inline code (whole, its content is not scanned further), autolinks, HTML tags (the tag by its
 * name; `href`/`src` values as links), placeholders (`<email>`, `{0}`, `%s`), entities, Markdown
 * link targets, bare URLs, the Markdown markers `**`, `*`, `[`, `]`, and numbers.
 * Words are never tokens: an untranslated product name is not an error.
 */
export function extractTokens(text: string): QaToken[] {
	const tokens: QaToken[] = [];
	// Plain prose has no token: one quick scan for a character that can start one.
	if (!MAY_HOLD_TOKEN.test(text) && !text.includes('http')) return tokens;
	TOKEN_PATTERN.lastIndex = 0;
	for (let match = TOKEN_PATTERN.exec(text); match; match = TOKEN_PATTERN.exec(text)) {
		const groups = match.groups ?? {};
		const start = match.index;
		const raw = match[0];
		if (groups.code !== undefined) push(tokens, 'code', raw, start, raw);
		else if (groups.autolink !== undefined) {
			push(tokens, 'url', groups.autolink, start + 1, normalizeLinkTarget(groups.autolink));
		} else if (groups.tag !== undefined) pushTag(tokens, raw, start, groups.tag);
		else if (groups.entity !== undefined) push(tokens, 'entity', raw, start, raw);
		else if (groups.target !== undefined) pushLinkEnd(tokens, raw, start, groups.target);
		else if (groups.url !== undefined) pushUrl(tokens, raw, start);
		else if (groups.brace !== undefined || groups.printf !== undefined) {
			push(tokens, 'placeholder', raw, start, raw);
		} else if (groups.stars !== undefined) pushStars(tokens, raw, start);
		else if (groups.bracket !== undefined) push(tokens, 'markdown', raw, start, raw);
		else if (groups.number !== undefined) push(tokens, 'number', raw, start, normalizeNumber(raw));
	}
	return tokens;
}

/** A character that can start a token; a text without one (and without `http`) has no token. */
const MAY_HOLD_TOKEN = /[`<&\]*[{%\d]/;

/**
 * One alternation, tried in order at each position. Numbers group thousands by a space only in
 * threes (`1 000`), so two numbers a space apart (`5 10`) stay two tokens.
 */
const TOKEN_PATTERN = new RegExp(
	[
		/(?<code>(?<ticks>`+)(?!`)[\s\S]*?[^`]\k<ticks>(?!`))/.source,
		/<(?<autolink>https?:\/\/[^\s<>]+)>/.source,
		/(?<tag><\/?[A-Za-z][\w-]*(?:\s[^<>]*)?\/?>)/.source,
		/(?<entity>&(?:#\d+|#x[\dA-Fa-f]+|[A-Za-z][A-Za-z\d]*);)/.source,
		/\]\((?<target>[^()\s]*(?:\([^()\s]*\)[^()\s]*)*)(?:\s+"[^"]*")?\)/.source,
		/(?<url>https?:\/\/[^\s<>()[\]"'`]+)/.source,
		/(?<brace>\{\{?[\w.:-]+\}?\})/.source,
		/(?<printf>%(?:\d+\$)?[sdf](?![A-Za-z]))/.source,
		/(?<stars>\*+)/.source,
		/(?<bracket>[[\]])/.source,
		/(?<number>\d+(?:[.,]\d+|[ \u00A0\u202F'’]\d{3}(?!\d))*)/.source
	].join('|'),
	'g'
);

function push(tokens: QaToken[], kind: TokenKind, text: string, start: number, key: string): void {
	tokens.push({ kind, text, key, start, end: start + text.length });
}

/** `<b>` and `</b>` are markup; `<email>` is a placeholder; `href`/`src` values are links. */
function pushTag(tokens: QaToken[], raw: string, start: number, tag: string): void {
	const name = /^<\/?([\w-]+)/.exec(tag)?.[1]?.toLowerCase() ?? '';
	if (!HTML_TAG_NAMES.has(name)) {
		push(tokens, 'placeholder', raw, start, raw);
		return;
	}
	const closing = raw.startsWith('</') ? '/' : '';
	const selfClosing = /\/>$/.test(raw) ? '/' : '';
	push(tokens, 'html-tag', raw, start, `<${closing}${name}${selfClosing}>`);
	const attribute = /\b(?:href|src)\s*=\s*(["'])(.*?)\1/gi;
	for (let match = attribute.exec(raw); match; match = attribute.exec(raw)) {
		const value = match[2] ?? '';
		const valueStart = start + match.index + match[0].length - value.length - 1;
		push(tokens, 'link', value, valueStart, normalizeLinkTarget(value));
	}
}

/** `](target)`: the `]` is a Markdown marker, the target a link; a title is not compared. */
function pushLinkEnd(tokens: QaToken[], raw: string, start: number, target: string): void {
	push(tokens, 'markdown', ']', start, ']');
	if (target !== '') push(tokens, 'link', target, start + 2, normalizeLinkTarget(target));
}

/** A bare URL, without the sentence punctuation that usually follows it. */
function pushUrl(tokens: QaToken[], raw: string, start: number): void {
	const url = raw.replace(/[.,;:!?]+$/, '');
	push(tokens, 'url', url, start, normalizeLinkTarget(url));
}

/** `***` is `**` plus `*`: bold and italic close in either order, so count each marker. */
function pushStars(tokens: QaToken[], raw: string, start: number): void {
	let offset = 0;
	for (; raw.length - offset >= 2; offset += 2)
		push(tokens, 'markdown', '**', start + offset, '**');
	if (offset < raw.length) push(tokens, 'markdown', '*', start + offset, '*');
}
