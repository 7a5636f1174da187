import type { Diagnostic, Segment } from '../model/types.ts';

/**
 * Whole-file checks on the parsed segments: the cases SXS-FORMAT.md §9 found nowhere in the survey
 * (duplicate ids, numbers out of order, two prefixes, odd ids) and the ones that explain a file
 * (no segments, entity-escaped pseudo-markup). They report; they never change the segments.
 * `idValues[i]` is the number of segment i's id as `splitId` read it (-1 for an unusual id).
 */
export function checkSegments(
	text: string,
	segments: readonly Segment[],
	idValues: readonly number[]
): Diagnostic[] {
	const diagnostics: Diagnostic[] = [];
	if (segments.length === 0) {
		diagnostics.push(
			fileLevel(
				'info',
				'no-segments',
				'The file has no sxs segments: there is nothing to translate in it. It is kept as it is.'
			)
		);
	}
	const prefixes = new Set<string>();
	let lastPlain = -1;
	let lastMerged = -1;
	let isOrderly = true;
	for (const [index, segment] of segments.entries()) {
		const value = idValues[index] ?? -1;
		if (value < 0) {
			isOrderly = false;
			diagnostics.push(
				at(
					segment,
					'warning',
					'unusual-id',
					`Segment id ${segment.id} is not of the form 1a2b3-104 or 1a2b3-p104.`
				)
			);
			continue;
		}
		prefixes.add(segment.fileKey);
		const last = segment.isMerged ? lastMerged : lastPlain;
		if (value <= last) {
			isOrderly = false;
			diagnostics.push(
				at(
					segment,
					'warning',
					'out-of-order',
					`Segment ${segment.id} comes after a segment numbered ${last}: numbers should increase.`
				)
			);
		}
		if (segment.isMerged) lastMerged = value;
		else lastPlain = value;
	}
	if (prefixes.size > 1) {
		diagnostics.push(
			fileLevel(
				'warning',
				'mixed-prefixes',
				`The file uses ${prefixes.size} id prefixes (${[...prefixes].join(', ')}); one file normally has one.`
			)
		);
	}
	// With one prefix and increasing numbers ids cannot repeat, so the map is only built when needed.
	if (!isOrderly || prefixes.size > 1) diagnostics.push(...findDuplicates(segments));
	const escaped = countOccurrences(text, 'data-ttu-id=&quot;');
	if (escaped > 0) {
		diagnostics.push(
			fileLevel(
				'info',
				'escaped-markup',
				`${escaped} piece(s) of entity-escaped segment markup (data-ttu-id=&quot;…) are plain text, not segments.`
			)
		);
	}
	return diagnostics;
}

function findDuplicates(segments: readonly Segment[]): Diagnostic[] {
	const firstLine = new Map<string, number>();
	const found: Diagnostic[] = [];
	for (const segment of segments) {
		const line = firstLine.get(segment.id);
		if (line === undefined) firstLine.set(segment.id, segment.line);
		else
			found.push(
				at(
					segment,
					'error',
					'duplicate-id',
					`Segment id ${segment.id} also appears on line ${line}; edits to it are refused.`
				)
			);
	}
	return found;
}

function at(
	segment: Segment,
	severity: Diagnostic['severity'],
	code: string,
	message: string
): Diagnostic {
	return { severity, code, message, line: segment.line };
}

function fileLevel(severity: Diagnostic['severity'], code: string, message: string): Diagnostic {
	return { severity, code, message, line: 0 };
}

function countOccurrences(text: string, needle: string): number {
	let count = 0;
	for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) count++;
	return count;
}
