import { extractTokens } from './extract-tokens.ts';
import { findSurplusTokens } from './surplus-tokens.ts';
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
	const { missing, extra } = findSurplusTokens(extractTokens(source), extractTokens(translation));
	return {
		problems: [
			...missing.map((token) => toProblem('missing', token)),
			...extra.map((token) => toProblem('extra', token))
		]
	};
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
