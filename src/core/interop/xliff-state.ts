import type { SegmentState } from '../model/workspace.ts';

/**
 * The XLIFF state of a segment (issue 11): untouched machine translation needs review (1.2
 * `needs-review-translation`, 2.0 `initial`); an untouched human translation (`ms.translationtype:
 * HT`) and an edited one are `translated`; a confirmed one is `final`. A file with no
 * translation type counts as machine translated: the cautious reading.
 */
export function xliffStateOf(
	state: SegmentState,
	translationType: string | undefined,
	version: '1.2' | '2.0'
): string {
	if (state === 'confirmed') return 'final';
	if (state === 'edited' || translationType?.toUpperCase() === 'HT') return 'translated';
	return version === '1.2' ? 'needs-review-translation' : 'initial';
}
