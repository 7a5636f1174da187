import { extractTokens } from './extract-tokens.ts';
import type { QaToken, TextRange, TokenKind } from './token.ts';

/** A token that the source and the translation do not have the same number of times. */
export interface TokenProblem {
	/** `missing`: in the source more often than in the translation; `extra`: the other way round. */
	readonly problem: 'missing' | 'extra';
	readonly kind: TokenKind;
	/** The token as written where it was found (the source for `missing`, the translation for `extra`). */
	readonly text: string;
	/** Where the token is in the source (set for `missing`). */
	readonly sourceRange: TextRange | null;
	/** Where the token is in the translation (set for `extra`). */
	readonly translationRange: TextRange | null;
}

/** The token check of one segment. */
export interface TokenCheck {
	/** Missing tokens first, then extra ones, each in text order. Empty when the tokens match. */
	readonly problems: readonly TokenProblem[];
}

/**
 * Compares the tokens of a segment's source and translation as multisets (order may change in
 * translation, count may not). Occurrences are paired in text order, so the reported ranges are
 * the surplus occurrences. An empty translation is not checked: it is untranslated, a different
 * finding, and reporting every token of it would only add noise.
 */
export function checkTokens(source: string, translation: string): TokenCheck {
	if (translation.trim() === '') return { problems: [] };
	const sourceByKey = groupByKey(extractTokens(source));
	const translationByKey = groupByKey(extractTokens(translation));
	const missing: TokenProblem[] = [];
	const extra: TokenProblem[] = [];
	for (const [key, inSource] of sourceByKey) {
		const count = translationByKey.get(key)?.length ?? 0;
		for (const token of inSource.slice(count)) missing.push(toProblem('missing', token));
	}
	for (const [key, inTranslation] of translationByKey) {
		const count = sourceByKey.get(key)?.length ?? 0;
		for (const token of inTranslation.slice(count)) extra.push(toProblem('extra', token));
	}
	const byPosition = (a: TokenProblem, b: TokenProblem): number =>
		(a.sourceRange ?? a.translationRange ?? { start: 0 }).start -
		(b.sourceRange ?? b.translationRange ?? { start: 0 }).start;
	return { problems: [...missing.sort(byPosition), ...extra.sort(byPosition)] };
}

/** Tokens grouped by kind and comparison key, each group in text order. */
function groupByKey(tokens: readonly QaToken[]): Map<string, QaToken[]> {
	const groups = new Map<string, QaToken[]>();
	for (const token of tokens) {
		const key = `${token.kind}\u0000${token.key}`;
		const group = groups.get(key);
		if (group) group.push(token);
		else groups.set(key, [token]);
	}
	return groups;
}

function toProblem(problem: TokenProblem['problem'], token: QaToken): TokenProblem {
	const range = { start: token.start, end: token.end };
	return {
		problem,
		kind: token.kind,
		text: token.text,
		sourceRange: problem === 'missing' ? range : null,
		translationRange: problem === 'extra' ? range : null
	};
}
