/**
 * The fixed sxs markup bytes (SXS-FORMAT.md §3). Not one variant of these appeared in 1.15 million
 * surveyed segments, so the parser matches them exactly; a loose match would turn the
 * entity-escaped pseudo-markup of E3 into fake segments.
 */

/** Opens a segment; the id follows, then `">`. */
export const TTU_OPEN = '<span data-ttu-id="';
/** Ends the translation; the stu id follows, then `">`. */
export const SENTINEL = '</span><span class="sxs-lookup"><span data-stu-id="';
/** Ends the source. */
export const CLOSE = '</span></span>';
/** The longest id we accept; real ids are 9 to 12 characters. */
export const MAX_ID_LENGTH = 64;

/** Counts `<span` openings (not `</span`) in text[start, end). */
export function countSpanOpens(text: string, start: number, end: number): number {
	let count = 0;
	for (let i = text.indexOf('<span', start); i >= 0 && i < end; i = text.indexOf('<span', i + 5)) {
		count++;
	}
	return count;
}

/** Counts `</span>` in text[start, end). */
export function countSpanCloses(text: string, start: number, end: number): number {
	let count = 0;
	for (
		let i = text.indexOf('</span>', start);
		i >= 0 && i < end;
		i = text.indexOf('</span>', i + 7)
	) {
		count++;
	}
	return count;
}
