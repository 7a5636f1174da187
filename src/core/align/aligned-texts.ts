import type { SxsDocument } from '../model/types.ts';
import { alignDocuments } from './align-documents.ts';

/**
 * For each segment of `sxs`, the text of the segment(s) aligned with it in `other` (another
 * locale, another version, a colleague's copy), so row N of a comparison holds what corresponds to
 * segment N: `''` where nothing is aligned. Segments of `other` that a `p` merge split or joined
 * contribute every partner, in order, joined by a space. `pick` chooses the translation (what
 * another locale or version says) or the source (what it translated).
 */
export function alignedTexts(
	sxs: SxsDocument,
	other: SxsDocument,
	pick: 'translation' | 'source' = 'translation'
): string[] {
	const alignment = alignDocuments(sxs.segments, other.segments);
	const byId = new Map(other.segments.map((segment) => [segment.id as string, segment]));
	const partners = new Map<string, string[]>();
	for (const pair of alignment.pairs) {
		const segment = byId.get(pair.b);
		if (segment === undefined) continue;
		const list = partners.get(pair.a) ?? [];
		if (!list.includes(segment[pick])) list.push(segment[pick]);
		partners.set(pair.a, list);
	}
	return sxs.segments.map((segment) => partners.get(segment.id)?.join(' ') ?? '');
}
