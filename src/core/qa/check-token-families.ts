import type { Severity } from '../model/types.ts';
import { extractMarkupExtras, type ExtraKind } from './extract-markup-extras.ts';
import type { PreparedSegment } from './prepared-segment.ts';
import { finding, type CheckName, type Finding } from './problem.ts';
import { excuseNumbers } from './excuse-numbers.ts';
import { findSurplusTokens } from './surplus-tokens.ts';
import type { TextRange, TokenKind } from './token.ts';

/**
 * The token checks `markup`, `link-url`, `inline-code` and `number`: the tokens of the source
 * (those of `extractTokens`, the Source view's check, plus `extractMarkupExtras`) compared with
 * those of the translation as multisets. A missing token is reported with its source range, an
 * extra one with its translation range. An empty translation is left to `untranslated`.
 */
export function checkTokenFamilies(segment: PreparedSegment): Finding[] {
	const { source, translation, sourceTokens, translationTokens } = segment;
	if (translation.trim() === '') return [];
	const base = excuseNumbers(
		source,
		sourceTokens,
		translationTokens,
		findSurplusTokens(sourceTokens, translationTokens)
	);
	const extras = findSurplusTokens(
		extractMarkupExtras(source, segment.maskedSource),
		extractMarkupExtras(translation, segment.maskedTranslation)
	);
	const findings: Finding[] = [];
	for (const token of [...base.missing, ...extras.missing]) {
		const rule = RULES[token.kind];
		const message = `${rule.name} ${show(token.text)} of the source is missing from the translation${rule.hint}.`;
		findings.push(finding(rule.check, rule.missing, message, null, rangeOf(token)));
	}
	for (const token of [...base.extra, ...extras.extra]) {
		const rule = RULES[token.kind];
		if (rule.extra === null) continue;
		const message = `${rule.name} ${show(token.text)} is not in the source${rule.hint}.`;
		findings.push(finding(rule.check, rule.extra, message, rangeOf(token), null));
	}
	return findings;
}

interface Rule {
	readonly check: CheckName;
	readonly name: string;
	/** Severity of a token the translation lost, and of one it added (null: not reported). */
	readonly missing: Severity;
	readonly extra: Severity | null;
	/** Said after the message: why the token matters, or what to look for. */
	readonly hint: string;
}

/**
 * A lost link, include or alert breaks the published page: errors. Lost emphasis, tags, code and
 * numbers usually change it: warnings. Entities and escapes often change form legitimately
 * (`&quot;` → `„`): information only.
 */
const RULES: Record<TokenKind | ExtraKind, Rule> = {
	code: rule('inline-code', 'Inline code', 'warning', 'warning', ' (code is not translated)'),
	link: rule('link-url', 'Link target', 'error', 'warning', ''),
	url: rule('link-url', 'URL', 'error', 'warning', ''),
	xref: rule('link-url', 'Cross-reference', 'error', 'warning', ''),
	email: rule('link-url', 'E-mail address', 'error', 'warning', ''),
	'html-tag': rule('markup', 'HTML tag', 'warning', 'warning', ''),
	entity: rule('markup', 'Entity', 'info', 'info', ''),
	placeholder: rule('markup', 'Placeholder', 'warning', 'warning', ''),
	markdown: rule('markup', 'Markdown marker', 'warning', 'warning', ''),
	alert: rule('markup', 'Directive', 'error', 'error', ' (its keyword stays in English)'),
	// An added escape is how a translation keeps `9. Juni` from becoming a list: not a problem.
	escape: rule('markup', 'Backslash escape', 'info', null, ''),
	underscore: rule('markup', 'Emphasis marker', 'warning', 'warning', ''),
	number: rule('number', 'Number', 'warning', 'warning', '')
};

function rule(
	check: CheckName,
	name: string,
	missing: Severity,
	extra: Severity | null,
	hint: string
): Rule {
	return { check, name, missing, extra, hint };
}

/** A plain range: the token records carry more fields than a problem should. */
function rangeOf(token: TextRange): TextRange {
	return { start: token.start, end: token.end };
}

/** A token as quoted in a message: short, on one line. */
function show(text: string): string {
	const line = text.replace(/\s+/g, ' ');
	return `"${line.length > 60 ? `${line.slice(0, 57)}...` : line}"`;
}
