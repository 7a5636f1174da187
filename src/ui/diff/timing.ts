/**
 * User Timing marks for `npm run bench:app` (issue 4's target: a 500-segment file opens in the
 * Source view in under 200 ms). `locdiff:file-shown` ends at the first frame with the new file's
 * text; `locdiff:source-view` when its token problems are painted, and `locdiff:overview-marks`
 * (detail: their count) when its overview-ruler marks are set. Marks cost microseconds.
 */
const START = 'locdiff:show-file';
let isSourceViewPending = false;

/** Called when the pane starts showing a file (or switches the compare side). */
export function markShowStart(isNewFile: boolean): void {
	if (!isNewFile) return;
	performance.mark(START);
	isSourceViewPending = true;
	requestAnimationFrame(() => performance.measure('locdiff:file-shown', START));
}

/** Called after the token decorations of a check have been set, with its overview-ruler marks. */
export function markSourceViewReady(overviewMarkCount: number): void {
	performance.mark('locdiff:overview-marks', { detail: overviewMarkCount });
	if (!isSourceViewPending) return;
	isSourceViewPending = false;
	requestAnimationFrame(() => performance.measure('locdiff:source-view', START));
}
