import type { TextRange } from './token.ts';

/** A token that is compared by kind and key (its text after normalisation). */
export interface KeyedToken extends TextRange {
	readonly kind: string;
	readonly key: string;
}

/** The occurrences that one side has more often than the other, each list in text order. */
export interface SurplusTokens<T> {
	/** In the source more often than in the translation (source occurrences). */
	readonly missing: readonly T[];
	/** In the translation more often than in the source (translation occurrences). */
	readonly extra: readonly T[];
}

/**
 * Compares two token lists as multisets: order may change in translation, count may not.
 * Occurrences are paired in text order, so the surplus ones are the last of each group.
 */
export function findSurplusTokens<T extends KeyedToken>(
	source: readonly T[],
	translation: readonly T[]
): SurplusTokens<T> {
	if (source.length === translation.length && haveSameKeys(source, translation)) return NONE;
	const sourceByKey = groupByKey(source);
	const translationByKey = groupByKey(translation);
	const missing: T[] = [];
	const extra: T[] = [];
	for (const [key, inSource] of sourceByKey) {
		const count = translationByKey.get(key)?.length ?? 0;
		missing.push(...inSource.slice(count));
	}
	for (const [key, inTranslation] of translationByKey) {
		const count = sourceByKey.get(key)?.length ?? 0;
		extra.push(...inTranslation.slice(count));
	}
	const byStart = (a: T, b: T): number => a.start - b.start;
	return { missing: missing.sort(byStart), extra: extra.sort(byStart) };
}

const NONE: SurplusTokens<never> = { missing: [], extra: [] };

/** The usual case, settled without maps: the same tokens in the same order. */
function haveSameKeys(a: readonly KeyedToken[], b: readonly KeyedToken[]): boolean {
	for (let i = 0; i < a.length; i++) {
		const x = a[i];
		const y = b[i];
		if (x?.key !== y?.key || x?.kind !== y?.kind) return false;
	}
	return true;
}

/** Tokens grouped by kind and key, each group in text order. */
function groupByKey<T extends KeyedToken>(tokens: readonly T[]): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const token of tokens) {
		const key = `${token.kind}\u0000${token.key}`;
		const group = groups.get(key);
		if (group) group.push(token);
		else groups.set(key, [token]);
	}
	return groups;
}
