import type { TmxEntry } from '../tmx/parse-tmx.ts';
import {
	buildMemoryIndex,
	findMemoryMatches,
	type MemoryIndex,
	type MemoryMatch
} from './memory-index.ts';
import { isSameLanguage } from './memory-language.ts';

/** One imported memory, indexed per target language (a TMX may hold several). */
export interface IndexedMemory {
	readonly id: string;
	/** Target language as written in the TMX → that language's index. */
	readonly byLanguage: ReadonlyMap<string, MemoryIndex>;
}

/** A match and the memory it comes from. */
export interface MemorySetMatch extends MemoryMatch {
	readonly memoryId: string;
}

/** Indexes a memory's entries, one index per target language. */
export function indexMemory(id: string, entries: readonly TmxEntry[]): IndexedMemory {
	const pairsByLanguage = new Map<string, { source: string; target: string }[]>();
	for (const entry of entries) {
		const pairs = pairsByLanguage.get(entry.targetLanguage) ?? [];
		pairs.push({ source: entry.source, target: entry.target });
		pairsByLanguage.set(entry.targetLanguage, pairs);
	}
	const byLanguage = new Map<string, MemoryIndex>();
	for (const [language, pairs] of pairsByLanguage)
		byLanguage.set(language, buildMemoryIndex(pairs));
	return { id, byLanguage };
}

/**
 * The best matches for `source` over every memory's entries in `locale` (see `isSameLanguage`),
 * best first, at most `limit`; ties keep the memories' order.
 */
export function findInMemories(
	memories: Iterable<IndexedMemory>,
	source: string,
	locale: string,
	limit: number
): MemorySetMatch[] {
	const all: MemorySetMatch[] = [];
	for (const memory of memories)
		for (const [language, index] of memory.byLanguage) {
			if (!isSameLanguage(language, locale)) continue;
			for (const match of findMemoryMatches(index, source, { limit }))
				all.push({ ...match, memoryId: memory.id });
		}
	// A stable sort: equal similarities stay in memory order.
	return all.sort((a, b) => b.similarity - a.similarity).slice(0, limit);
}
