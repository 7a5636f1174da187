import type { SurplusTokens } from './surplus-tokens.ts';
import type { QaToken } from './token.ts';

/**
 * Drops the number surpluses that are not problems, each class seen on ../shared/corpus:
 * - the same digits in the same order, split or joined differently (`15,30` → `15, 30`);
 * - a small count or ordinal written the other way: `2 seconds` → `zwei Sekunden`, `3rd` →
 *   `dritten`, `Option One` → `Option 1`, `first gen` → `1. Generation` (1 to 12: style guides
 *   spell those out, and MT follows them both ways);
 * - a thousands shorthand spelled out: `2k` → `2.000`.
 */
export function excuseNumbers(
	source: string,
	sourceTokens: readonly QaToken[],
	translationTokens: readonly QaToken[],
	surplus: SurplusTokens<QaToken>
): SurplusTokens<QaToken> {
	if (!surplus.missing.some(isNumber) && !surplus.extra.some(isNumber)) return surplus;
	const digits = (tokens: readonly QaToken[]) =>
		tokens
			.filter(isNumber)
			.map((t) => t.key)
			.join('');
	if (digits(sourceTokens) === digits(translationTokens)) {
		return { missing: surplus.missing.filter(notNumber), extra: surplus.extra.filter(notNumber) };
	}
	const translationKeys = new Set(translationTokens.filter(isNumber).map((t) => t.key));
	const sourceWords = new Set(source.toLowerCase().match(/\p{L}+/gu) ?? []);
	const missing = surplus.missing.filter(
		(token) =>
			!isNumber(token) ||
			!(isSmallCount(token, source) || isThousands(token, source, translationKeys))
	);
	const thousands = new Set(
		sourceTokens
			.filter((t) => isNumber(t) && /^[kK]\b/.test(source.slice(t.end, t.end + 2)))
			.map((t) => `${t.key}000`)
	);
	const extra = surplus.extra.filter(
		(token) =>
			!isNumber(token) || !(isSpelledInSource(token, sourceWords) || thousands.has(token.key))
	);
	return { missing, extra };
}

function isNumber(token: QaToken): boolean {
	return token.kind === 'number';
}

function notNumber(token: QaToken): boolean {
	return token.kind !== 'number';
}

/** `2 seconds`, `3rd`: 1 to 12 standing alone before a lower-case word, or as an ordinal. */
function isSmallCount(token: QaToken, source: string): boolean {
	if (!/^\d+$/.test(token.text) || Number(token.text) > 12 || Number(token.text) < 1) return false;
	if (token.start > 0 && !/\s/.test(source.charAt(token.start - 1))) return false;
	const after = source.slice(token.end, token.end + 3);
	return /^ \p{Ll}/u.test(after) || /^(?:st|nd|rd|th)\b/.test(after);
}

/** `2k` in the source, `2000` (any separators) in the translation. */
function isThousands(
	token: QaToken,
	source: string,
	translationKeys: ReadonlySet<string>
): boolean {
	return (
		/^[kK]\b/.test(source.slice(token.end, token.end + 2)) && translationKeys.has(`${token.key}000`)
	);
}

/** An added 1 to 12 whose English word stands in the source (`One`, `first`). */
function isSpelledInSource(token: QaToken, sourceWords: ReadonlySet<string>): boolean {
	const value = Number(token.text.replace(/\D/g, ''));
	const words = NUMBER_WORDS[value - 1];
	return words !== undefined && words.some((word) => sourceWords.has(word));
}

const NUMBER_WORDS: readonly (readonly string[])[] = [
	['one', 'first'],
	['two', 'second'],
	['three', 'third'],
	['four', 'fourth'],
	['five', 'fifth'],
	['six', 'sixth'],
	['seven', 'seventh'],
	['eight', 'eighth'],
	['nine', 'ninth'],
	['ten', 'tenth'],
	['eleven', 'eleventh'],
	['twelve', 'twelfth']
];
