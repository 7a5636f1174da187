import type { Segment } from '../model/types.ts';
import { countSpanCloses, countSpanOpens } from './markup.ts';

/** Pieces of sxs markup that must never appear inside a translation. */
const FORBIDDEN = ['data-ttu-id=', 'data-stu-id=', 'sxs-lookup'] as const;

/**
 * Says why `newText` may not replace the translation of `segment`, or returns null if it may.
 * A translation may not contain segment markup, and may not add an unmatched `</span>` or an
 * unclosed `<span` that its original did not have: the publisher's pipeline and depth-counting
 * parsers would read a different segment structure. (An existing unmatched `</span>`, E5, may stay.)
 */
export function checkEdit(segment: Segment, newText: string): string | null {
	for (const marker of FORBIDDEN) {
		if (newText.includes(marker)) {
			return `The new translation of ${segment.id} contains segment markup (${marker}), which would change the file's segments.`;
		}
	}
	const before = spanBalance(segment.translation);
	const after = spanBalance(newText);
	if (after.unmatchedCloses > before.unmatchedCloses) {
		return `The new translation of ${segment.id} has an unmatched </span>, which would end the segment early for other tools.`;
	}
	if (after.unclosedOpens > before.unclosedOpens) {
		return `The new translation of ${segment.id} opens a <span> that it does not close.`;
	}
	return null;
}

interface SpanBalance {
	readonly unmatchedCloses: number;
	readonly unclosedOpens: number;
}

/** Walks `<span` and `</span>` in order, as a depth-counting parser would. */
function spanBalance(text: string): SpanBalance {
	if (!text.includes('span')) return { unmatchedCloses: 0, unclosedOpens: 0 };
	const opens = countSpanOpens(text, 0, text.length);
	const closes = countSpanCloses(text, 0, text.length);
	if (opens === 0) return { unmatchedCloses: closes, unclosedOpens: 0 };
	let depth = 0;
	let unmatchedCloses = 0;
	const tags = /<span\b|<\/span>/g;
	for (let match = tags.exec(text); match; match = tags.exec(text)) {
		if (match[0] === '</span>') {
			if (depth === 0) unmatchedCloses++;
			else depth--;
		} else {
			depth++;
		}
	}
	return { unmatchedCloses, unclosedOpens: depth };
}
