/**
 * The comparison key of a number token: its digits only.
 *
 * Why: locales write the same number with different separators (`2.0` / `2,0`, `1,000` / `1.000` /
 * `1 000`, with a no-break or narrow no-break space in French), and which separator is a decimal
 * point cannot be told from one segment. A translation that keeps the digits keeps the number; a
 * translation that splits one number into several (`0,0,0` → `0, 0 und 0`) changes the token count
 * and is reported. The price: `2.0` and `20` compare equal, which real segments almost never rely on.
 */
export function normalizeNumber(text: string): string {
	return text.replace(/\D/g, '');
}
