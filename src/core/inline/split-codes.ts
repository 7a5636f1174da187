import type { CodeRole, CodeType, InlineRun } from './inline-code.ts';
import { scanPieces, type Piece } from './scan-pieces.ts';

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

interface Resolved {
	readonly role: CodeRole;
	readonly type: CodeType;
	readonly partner: number;
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
