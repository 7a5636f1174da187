import type { Diagnostic, Segment } from '../model/types.ts';
import { ID_PATTERN } from './markup.ts';

/**
 * Whole-file checks on the parsed segments: the cases SXS-FORMAT.md §9 found nowhere in the survey
 * (duplicate ids, numbers out of order, two prefixes, odd ids) and the ones that explain a file
 * (no segments, entity-escaped pseudo-markup). They report; they never change the segments.
 */
export function checkSegments(text: string, segments: readonly Segment[]): Diagnostic[] {
	const diagnostics: Diagnostic[] = [];
	if (segments.length === 0) {
		diagnostics.push({
			severity: 'info',
			code: 'no-segments',
			message: 'The file has no sxs segments: there is nothing to translate in it. It is kept as it is.',
			line: 0
		});
	}
	const seen = new Map<string, number>();
	const prefixes = new Set<string>();
	let lastPlain = -1;
	let lastMerged = -1;
	for (const segment of segments) {
		const firstLine = seen.get(segment.id);
		if (firstLine !== undefined) {
			diagnostics.push(
				report('error', 'duplicate-id', segment, `Segment id ${segment.id} also appears on line ${firstLine}; edits to it are refused.`)
			);
		} else {
			seen.set(segment.id, segment.line);
		}
		if (!ID_PATTERN.test(segment.id)) {
			diagnostics.push(
				report('warning', 'unusual-id', segment, `Segment id ${segment.id} is not of the form 1a2b3-104 or 1a2b3-p104.`)
			);
			continue;
		}
		prefixes.add(segment.fileKey);
		const value = Number(segment.isMerged ? segment.number.slice(1) : segment.number);
		const last = segment.isMerged ? lastMerged : lastPlain;
		if (value <= last) {
			diagnostics.push(
				report('warning', 'out-of-order', segment, `Segment ${segment.id} comes after a segment numbered ${last}: numbers should increase.`)
			);
		}
		if (segment.isMerged) lastMerged = value;
		else lastPlain = value;
	}
	if (prefixes.size > 1) {
		diagnostics.push({
			severity: 'warning',
			code: 'mixed-prefixes',
			message: `The file uses ${prefixes.size} id prefixes (${[...prefixes].join(', ')}); one file normally has one.`,
			line: 0
		});
	}
	const escaped = countOccurrences(text, 'data-ttu-id=&quot;');
	if (escaped > 0) {
		diagnostics.push({
			severity: 'info',
			code: 'escaped-markup',
			message: `${escaped} piece(s) of entity-escaped segment markup (data-ttu-id=&quot;…) are plain text, not segments.`,
			line: 0
		});
	}
	return diagnostics;
}

function report(severity: Diagnostic['severity'], code: string, segment: Segment, message: string): Diagnostic {
	return { severity, code, message, line: segment.line };
}

function countOccurrences(text: string, needle: string): number {
	let count = 0;
	for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) count++;
	return count;
}
