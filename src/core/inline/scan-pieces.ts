import { HTML_TAG_NAMES } from '../qa/html-tag-names.ts';
import type { CodeType } from './inline-code.ts';
import { XML_ILLEGAL } from './xml-illegal.ts';

/** What a scanned piece may become; brackets only become codes when a `](…)` closes them. */
export type PieceKind =
	'single' | 'tag-open' | 'tag-close' | 'bracket-open' | 'bracket-close' | 'link-end';

export interface Piece {
	readonly start: number;
	readonly end: number;
	readonly kind: PieceKind;
	readonly type: CodeType;
	/** Lowercase element name of a tag. */
	readonly name: string;
}

/** One alternation tried in order at each position (backslash escapes first: `\`` is no code). */
const PIECE = new RegExp(
	[
		/(?<char>(?:CHAR)+)/.source.replace('CHAR', XML_ILLEGAL.source),
		/(?<escape>\\[!-/:-@[-`{-~])/.source,
		/(?<code>(?<ticks>`+)(?!`)[\s\S]*?[^`]\k<ticks>(?!`))/.source,
		/(?<directive>\[![A-Za-z][\w-]*(?:\[[^\]]*\](?:\([^)]*\))?|[^\][]*)\])/.source,
		/(?<comment><!--[\s\S]*?-->)/.source,
		/(?<autolink><(?:https?|ftp|mailto|xref):[^\s<>]+>)/.source,
		/(?<tag><(?<slash>\/?)(?<name>[A-Za-z][\w-]*)(?:\s[^<>]*)?(?<selfClose>\/?)>)/.source,
		/(?<entity>&(?:#\d+|#x[\dA-Fa-f]+|[A-Za-z][A-Za-z\d]*);)/.source,
		/(?<linkEnd>\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?:\s+"[^"]*")?\))/.source,
		/(?<bracket>!?\[|\])/.source
	].join('|'),
	'g'
);

/** Elements that never have an end tag. */
const VOID_ELEMENTS: ReadonlySet<string> = new Set([
	'area',
	'base',
	'br',
	'col',
	'embed',
	'hr',
	'img',
	'input',
	'link',
	'meta',
	'source',
	'track',
	'wbr'
]);

/**
 * Finds, left to right and without overlaps, every piece of `text` that may be a code; what
 * becomes of tags and brackets (pair, standalone, text) is `splitCodes`' decision. A piece
 * never holds a character XML forbids: those are `char` pieces of their own.
 */
export function scanPieces(text: string): Piece[] {
	const pieces: Piece[] = [];
	PIECE.lastIndex = 0;
	for (let match = PIECE.exec(text); match; match = PIECE.exec(text)) {
		const g = match.groups ?? {};
		const start = match.index;
		const end = start + match[0].length;
		if (g.char === undefined && XML_ILLEGAL.test(match[0])) {
			// A code may not hold what XML cannot: its first character stays text, scan on.
			PIECE.lastIndex = start + 1;
			continue;
		}
		const piece = (kind: PieceKind, type: CodeType, name = ''): void => {
			pieces.push({ start, end, kind, type, name });
		};
		if (g.char !== undefined) piece('single', 'char');
		else if (g.escape !== undefined) piece('single', 'escape');
		else if (g.code !== undefined) piece('single', 'code');
		else if (g.directive !== undefined) piece('single', 'directive');
		else if (g.comment !== undefined) piece('single', 'comment');
		else if (g.autolink !== undefined) piece('single', 'autolink');
		else if (g.tag !== undefined)
			pushTag(piece, g.name ?? '', g.slash === '/', g.selfClose === '/');
		else if (g.entity !== undefined) piece('single', 'entity');
		else if (g.linkEnd !== undefined) piece('link-end', 'link');
		else if (g.bracket === ']') piece('bracket-close', 'link');
		else piece('bracket-open', g.bracket === '![' ? 'image' : 'link');
	}
	return pieces;
}

function pushTag(
	piece: (kind: PieceKind, type: CodeType, name?: string) => void,
	rawName: string,
	isEnd: boolean,
	isSelfClosing: boolean
): void {
	const name = rawName.toLowerCase();
	if (!HTML_TAG_NAMES.has(name)) return;
	if (isEnd) piece('tag-close', 'html', name);
	else if (isSelfClosing || VOID_ELEMENTS.has(name)) piece('single', 'html', name);
	else piece('tag-open', 'html', name);
}
