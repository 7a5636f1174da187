import type { SxsDocument } from '../model/types.ts';

/**
 * Says why `copy` is not `original` with edited translations (another segment count, or a
 * segment whose id or source differs), or returns null when it is. This is what makes a file
 * an edited copy of another: the `mine` of `mergeVersions`, or a colleague's copy to merge.
 */
export function checkSameSegments(original: SxsDocument, copy: SxsDocument): string | null {
	if (original.segments.length !== copy.segments.length) {
		return `The edited copy has ${copy.segments.length} segments and the base ${original.segments.length}: it must be the base with edited translations.`;
	}
	const at = original.segments.findIndex((segment, i) => {
		const other = copy.segments[i];
		return other === undefined || other.id !== segment.id || other.source !== segment.source;
	});
	if (at < 0) return null;
	return `Segment ${at + 1} is ${copy.segments[at]?.id ?? '?'} in the edited copy and ${original.segments[at]?.id ?? '?'} in the base, or its source differs: the edited copy must be the base with edited translations.`;
}
