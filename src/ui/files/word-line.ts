/**
 * How a file's word counts read in the Files list: a compact phrase on the row, and the full
 * sentence as the row's accessible description and tooltip line.
 */
import type { FileWordLine } from '../../state/index.ts';

const NUMBER = new Intl.NumberFormat('en-US');

/** `120→98 w · 40% ✓ · MT`: source→target words, confirmed share, translation type. */
export function compactWords(line: FileWordLine): string {
	const words = `${NUMBER.format(line.sourceWords)}→${NUMBER.format(line.targetWords)} w`;
	const type = line.translationType === null ? [] : [line.translationType];
	return [words, `${line.confirmedPercent}% ✓`, ...type].join(' · ');
}

/** `13 segments, 120 source words, 98 target words, 40% confirmed, machine translation (MT)`. */
export function describeWords(line: FileWordLine): string {
	const type =
		line.translationType === 'MT'
			? ['machine translation (MT)']
			: line.translationType === 'HT'
				? ['human translation (HT)']
				: [];
	return [
		`${NUMBER.format(line.segments)} segments`,
		`${NUMBER.format(line.sourceWords)} source words`,
		`${NUMBER.format(line.targetWords)} target words`,
		`${line.confirmedPercent}% confirmed`,
		...type
	].join(', ');
}
