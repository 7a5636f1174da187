import { maskTokens } from './mask-tokens.ts';
import type { KeyedToken } from './surplus-tokens.ts';

/** What an extra token is; `alert` covers `[!NOTE]`-style alerts and `[!INCLUDE`-style directives. */
export type ExtraKind = 'alert' | 'xref' | 'email' | 'escape' | 'underscore';

/** A token of the Markdown conventions that `extractTokens` leaves out. */
export interface ExtraToken extends KeyedToken {
	readonly kind: ExtraKind;
	/** The token exactly as written. */
	readonly text: string;
}

/**
 * Finds the tokens that `extractTokens` does not know and that must survive translation too:
 * alert and directive keywords (`[!NOTE]`, `[!INCLUDE[`), `<xref:…>` links, e-mail addresses,
 * backslash escapes (`\*`, `\_`) and `_` emphasis markers. Code spans, URLs, link targets and tags
 * found by `extractTokens` are skipped first: an underscore or `@` inside them is not markup.
 * `masked` is `maskTokens(text)`, passed in when the caller has it, to scan once.
 */
export function extractMarkupExtras(text: string, masked: string = maskTokens(text)): ExtraToken[] {
	const found: ExtraToken[] = [];
	// Most segments hold none of the trigger characters: one native scan instead of the pattern.
	if (!TRIGGERS.test(masked)) return found;
	EXTRA_PATTERN.lastIndex = 0;
	for (let match = EXTRA_PATTERN.exec(masked); match; match = EXTRA_PATTERN.exec(masked)) {
		const groups = match.groups ?? {};
		const raw = match[0];
		const start = match.index;
		const end = start + raw.length;
		if (groups.alert !== undefined) {
			found.push({ kind: 'alert', text: raw, key: groups.alert.toUpperCase(), start, end });
		} else if (groups.xref !== undefined) {
			found.push({ kind: 'xref', text: raw, key: groups.xref, start, end });
		} else if (groups.email !== undefined) {
			found.push({ kind: 'email', text: raw, key: raw.toLowerCase(), start, end });
		} else if (groups.escape !== undefined) {
			// `\<String>`: the `<String>` is a masked placeholder, so the escaped character is read
			// from the text itself.
			const escape = text.slice(start, end);
			if (ESCAPE.test(escape))
				found.push({ kind: 'escape', text: escape, key: escape, start, end });
		} else if (groups.underscore !== undefined) {
			found.push({ kind: 'underscore', text: raw, key: raw, start, end });
		}
	}
	return found;
}

const ESCAPE = /^\\[\\`*_{}[\]()#+\-.!<>|~]$/;
const TRIGGERS = /\[!|<xref:|@|\\|_/;

/**
 * Tried in order at each position. `_` counts only at a word's edge (`_Note_`, `__bold__`), never
 * inside one (`file_name`), as CommonMark's intraword rule says.
 */
const EXTRA_PATTERN = new RegExp(
	[
		/\[!(?<alert>[A-Za-z][\w-]*)/.source,
		/<xref:(?<xref>[^\s<>]+)>/.source,
		/(?<email>[\w.+-]+@[A-Za-z\d-]+(?:\.[A-Za-z\d-]+)*\.[A-Za-z]{2,})/.source,
		// U+001A is maskTokens' filler: `\<String>` has its `<String>` masked.
		// eslint-disable-next-line no-control-regex
		/(?<escape>\\[\\`*_{}[\]()#+\-.!<>|~\u001a])/.source,
		/(?<underscore>(?<![\p{L}\p{N}_\\])_+(?=[^\s_])|(?<=[^\s_\\])_+(?![\p{L}\p{N}_]))/u.source
	].join('|'),
	'gu'
);
