import type { TextRange } from '../../core/index.ts';

/** A run of a text: inside one of the ranges (a hit) or between them. */
export interface TextPiece {
	readonly text: string;
	readonly isHit: boolean;
}

/**
 * Cuts `text` at the given ranges (sorted here; overlapping or out-of-bounds parts are clipped),
 * so the pieces joined give the text back exactly.
 */
export function splitAtRanges(text: string, ranges: readonly TextRange[]): TextPiece[] {
	const pieces: TextPiece[] = [];
	let at = 0;
	for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
		const start = Math.max(at, Math.min(range.start, text.length));
		const end = Math.max(start, Math.min(range.end, text.length));
		if (start > at) pieces.push({ text: text.slice(at, start), isHit: false });
		if (end > start) pieces.push({ text: text.slice(start, end), isHit: true });
		at = end;
	}
	if (at < text.length) pieces.push({ text: text.slice(at), isHit: false });
	return pieces;
}
