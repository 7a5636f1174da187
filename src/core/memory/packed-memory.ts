import type { TmxEntry } from '../tmx/parse-tmx.ts';

/** How many entries a memory holds per language, for its row in the Memories list. */
export interface MemorySummary {
	readonly entryCount: number;
	/** The source languages of the entries (usually one, `en-US`). */
	readonly sourceLanguages: readonly string[];
	/** Each target language with its entry count, most entries first. */
	readonly targetLanguages: readonly { readonly language: string; readonly count: number }[];
}

/**
 * A memory's entries as one JSON string: what is stored and what travels between the main thread
 * and the worker. One string is cloned at memory speed, where 100,000 entry objects would cost
 * the main thread a long structured clone on each side. JSON keeps any character (a lone
 * surrogate read back from an `x-char` code too).
 */
export function packMemory(entries: readonly TmxEntry[]): string {
	return JSON.stringify(
		entries.map((e) => [e.source, e.target, e.sourceLanguage, e.targetLanguage])
	);
}

/** The entries of `packMemory`'s string, or null when it is not one (a damaged record). */
export function unpackMemory(packed: string): TmxEntry[] | null {
	let value: unknown;
	try {
		value = JSON.parse(packed);
	} catch {
		return null;
	}
	if (!Array.isArray(value)) return null;
	const entries: TmxEntry[] = [];
	for (const item of value as unknown[]) {
		if (!Array.isArray(item) || item.length !== 4) return null;
		const [source, target, sourceLanguage, targetLanguage] = item as unknown[];
		if (
			typeof source !== 'string' ||
			typeof target !== 'string' ||
			typeof sourceLanguage !== 'string' ||
			typeof targetLanguage !== 'string'
		)
			return null;
		entries.push({ source, target, sourceLanguage, targetLanguage });
	}
	return entries;
}

/** Counts a memory's entries by language. */
export function summarizeMemory(entries: readonly TmxEntry[]): MemorySummary {
	const sources = new Set<string>();
	const targets = new Map<string, number>();
	for (const entry of entries) {
		sources.add(entry.sourceLanguage);
		targets.set(entry.targetLanguage, (targets.get(entry.targetLanguage) ?? 0) + 1);
	}
	const targetLanguages = [...targets]
		.map(([language, count]) => ({ language, count }))
		.sort((a, b) => b.count - a.count || a.language.localeCompare(b.language));
	return { entryCount: entries.length, sourceLanguages: [...sources], targetLanguages };
}
