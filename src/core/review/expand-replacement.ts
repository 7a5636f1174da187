/**
 * The text that replaces one regular-expression match: `replacement` with `$&` (the match),
 * `$1`…`$99` (groups), `$<name>` (named groups) and `$$` (a dollar) filled in, as
 * `String.prototype.replace` does. A reference to a group that does not exist stays as written.
 */
export function expandReplacement(replacement: string, match: RegExpExecArray): string {
	if (!replacement.includes('$')) return replacement;
	return replacement.replace(
		/\$(\$|&|<([^>]*)>|\d{1,2})/g,
		(whole, token: string, name?: string) => {
			if (token === '$') return '$';
			if (token === '&') return match[0];
			if (name !== undefined) {
				const groups = match.groups;
				return groups && name in groups ? (groups[name] ?? '') : whole;
			}
			const number = Number(token);
			if (number >= 1 && number < match.length) return match[number] ?? '';
			// `$12` with only one group reads as group 1 then a literal `2`.
			const first = Number(token.charAt(0));
			if (token.length === 2 && first >= 1 && first < match.length) {
				return (match[first] ?? '') + token.charAt(1);
			}
			return whole;
		}
	);
}
