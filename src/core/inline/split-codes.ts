import { HTML_TAG_NAMES } from '../qa/html-tag-names.ts';
import type { CodeRole, CodeType, InlineRun } from './inline-code.ts';
import { XML_ILLEGAL } from './xml-illegal.ts';

/**
 * Cuts a segment's text (source or translation) into text runs and protected codes, left to
 * right: inline code spans, `[!NOTE]`/`[!INCLUDE[…](…)]` directives, HTML comments, autolinks,
 * HTML tags (known element names only: `<email>` is a placeholder the translator reads),
 * entities, backslash escapes, Markdown link and image brackets, and characters XML cannot hold.
 * Tags and `[…](…)` pair up with one stack, so pairs always nest; an end without its start in the
 * segment (sentences split across segments do that) stays a standalone code. Ids count from 1
 * in order of appearance. `joinRuns` of the result is `text` again.
 */
export function splitCodes(text: string): InlineRun[] {
	const pieces = scanPieces(text);
	const roles = resolveRoles(pieces);
	const runs: InlineRun[] = [];
	const idOf = new Map<number, number>();
	let position = 0;
	let nextId = 1;
	let pendingText = '';
	pieces.forEach((piece, i) => {
		const role = roles[i]?.role ?? null;
		pendingText += text.slice(position, piece.start);
		position = piece.end;
		const raw = text.slice(piece.start, piece.end);
		if (role === null) {
			pendingText += raw;
			return;
		}
		if (pendingText !== '') runs.push(pendingText);
		pendingText = '';
		const partner = roles[i]?.partner ?? -1;
		const id = role === 'close' ? (idOf.get(partner) ?? 0) : nextId++;
		idOf.set(i, id);
		runs.push({ role, type: roles[i]?.type ?? piece.type, id, text: raw });
	});
	pendingText += text.slice(position);
	if (pendingText !== '') runs.push(pendingText);
	return runs;
}

/** What a scanned piece may become; brackets only become codes when a `](…)` closes them. */
type PieceKind =
	'single' | 'tag-open' | 'tag-close' | 'bracket-open' | 'bracket-close' | 'link-end';

interface Piece {
	readonly start: number;
	readonly end: number;
	readonly kind: PieceKind;
	readonly type: CodeType;
	/** Lowercase element name of a tag. */
	readonly name: string;
}

interface Resolved {
	readonly role: CodeRole;
	readonly type: CodeType;
	readonly partner: number;
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

function scanPieces(text: string): Piece[] {
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

/** Pairs starts and ends with one stack, so every pair nests inside any pair around it. */
function resolveRoles(pieces: readonly Piece[]): (Resolved | null)[] {
	const roles: (Resolved | null)[] = pieces.map((p) =>
		p.kind === 'bracket-open' || p.kind === 'bracket-close'
			? null
			: { role: 'standalone', type: p.type, partner: -1 }
	);
	const stack: number[] = [];
	const top = (): Piece | undefined => pieces[stack[stack.length - 1] ?? -1];
	const pair = (close: number): void => {
		const open = stack.pop() ?? -1;
		const type = pieces[open]?.type ?? 'link';
		roles[open] = { role: 'open', type, partner: close };
		roles[close] = { role: 'close', type, partner: open };
	};
	pieces.forEach((piece, i) => {
		if (piece.kind === 'tag-open' || piece.kind === 'bracket-open') stack.push(i);
		else if (piece.kind === 'bracket-close') {
			if (top()?.kind === 'bracket-open') stack.pop();
		} else if (piece.kind === 'link-end') {
			if (top()?.kind === 'bracket-open') pair(i);
		} else if (piece.kind === 'tag-close') {
			// Brackets left open inside an element stay text: the element's end closes them.
			while (top()?.kind === 'bracket-open') stack.pop();
			if (top()?.kind === 'tag-open' && top()?.name === piece.name) pair(i);
		}
	});
	return roles;
}
