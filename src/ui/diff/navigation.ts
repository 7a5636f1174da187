/** Row navigation for F7 / Shift+F7 (issue 4): pure, so the wrap-around rule is unit-tested. */

/**
 * The next (`direction` 1) or previous (-1) row of `rows` (ascending, 0-based) after `from`,
 * wrapping around the file; null when there is none.
 */
export function findNextRow(
	rows: readonly number[],
	from: number,
	direction: 1 | -1
): number | null {
	if (rows.length === 0) return null;
	if (direction === 1) return rows.find((row) => row > from) ?? rows[0] ?? null;
	return [...rows].reverse().find((row) => row < from) ?? rows[rows.length - 1] ?? null;
}
