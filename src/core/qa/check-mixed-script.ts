import type { PreparedSegment } from './prepared-segment.ts';
import { finding, type Finding } from './problem.ts';

/**
 * `mixed-script`: a word whose letters come from more than one of the Latin, Cyrillic and Greek
 * scripts (`wriтиback`, `Μicrosoft` with a Greek Mu). Such a word looks right and is wrong: it
 * breaks search, spell checking and links, and comes from OCR, MT and keyboard-layout slips.
 * Words that stand in the source as they are, and code, URLs and tags, are not checked.
 */
export function checkMixedScript(segment: PreparedSegment): Finding[] {
	const findings: Finding[] = [];
	if (!NON_LATIN.test(segment.maskedTranslation)) return findings;
	for (const match of segment.maskedTranslation.matchAll(WORD)) {
		const word = match[0];
		if (!isMixed(word) || segment.source.includes(word)) continue;
		const range = { start: match.index, end: match.index + word.length };
		findings.push(
			finding('mixed-script', 'warning', `"${word}" mixes ${describe(word)} letters.`, range)
		);
	}
	return findings;
}

/** Runs of letters and combining marks: a word as a reader sees it. */
const WORD = /[\p{L}\p{M}]+/gu;
/** Greek and Cyrillic blocks: without them no word can mix scripts, and the scan is skipped. */
const NON_LATIN = /[\u0370-\u03ff\u1f00-\u1fff\u0400-\u052f\u1c80-\u1c8f]/;
const LATIN = /\p{Script=Latin}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const GREEK = /\p{Script=Greek}/u;

function isMixed(word: string): boolean {
	return Number(LATIN.test(word)) + Number(CYRILLIC.test(word)) + Number(GREEK.test(word)) > 1;
}

function describe(word: string): string {
	const names: string[] = [];
	if (LATIN.test(word)) names.push('Latin');
	if (CYRILLIC.test(word)) names.push('Cyrillic');
	if (GREEK.test(word)) names.push('Greek');
	return names.join(' and ');
}
