/**
 * What the overview ruler draws for the Source view's problem rows (issue 13.8). Monaco paints
 * every overview decoration at least 6 px high, so 10,000 problem rows of a 65,000-row file
 * painted the whole ruler as one block. Runs of adjacent rows become one mark; past
 * MAX_OVERVIEW_MARKS runs, the file is cut into that many equal bands and each band with a
 * problem gets one mark at its first problem row, gaps stay gaps. How many marks a ruler takes
 * depends on its height (overviewMarkLimit): 50 marks painted three quarters of a 315 px ruler.
 */

/** At most this many marks, whatever the ruler's height. */
export const MAX_OVERVIEW_MARKS = 50;
/** Monaco paints an overview decoration at least this high, in CSS px. */
const MIN_MARK_PX = 6;

/**
 * How many marks a ruler `height` px high takes so that they cover at most a third of it (and
 * read as marks with gaps, not as a block): 17 on a 315 px ruler, 44 on 800 px.
 */
export function overviewMarkLimit(height: number): number {
	const fitting = Math.floor(height / (MIN_MARK_PX * 3));
	return Math.max(4, Math.min(MAX_OVERVIEW_MARKS, fitting));
}

/** Rows first..last (0-based, inclusive) marked as one. */
export interface OverviewMark {
	readonly first: number;
	readonly last: number;
}

/** Marks for `rows` (0-based, ascending) in a file of `rowCount` rows. */
export function overviewMarks(
	rows: readonly number[],
	rowCount: number,
	maxMarks = MAX_OVERVIEW_MARKS
): OverviewMark[] {
	const runs: OverviewMark[] = [];
	for (const row of rows) {
		const last = runs.at(-1);
		if (last !== undefined && row <= last.last + 1) runs[runs.length - 1] = { ...last, last: row };
		else runs.push({ first: row, last: row });
	}
	if (runs.length <= maxMarks) return runs;
	const bandSize = Math.ceil(Math.max(rowCount, (rows.at(-1) ?? 0) + 1) / maxMarks);
	const marks: OverviewMark[] = [];
	let lastBand = -1;
	for (const run of runs) {
		const band = Math.floor(run.first / bandSize);
		if (band === lastBand) continue;
		lastBand = band;
		marks.push({ first: run.first, last: run.first });
	}
	return marks;
}
