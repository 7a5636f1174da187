/**
 * Imported translation memories (issue 11), in their own IndexedDB database,
 * `locdiff-memories` (object store `records`): memories are not workspace edits, so they are
 * neither in a workspace backup nor cleared by Close all. Records: `memories` lists them in
 * import order (name, counts, languages); `entries:<id>` holds one memory's entries as the
 * UTF-8 bytes of `packMemory`'s JSON (bytes: IndexedDB clones them at memory speed, where the
 * main thread would pay for a long string), written once at import and read once at start-up. Each call
 * writes at once, in one transaction: an import is one deliberate act, not typing.
 */
import type { MemorySummary } from '../core/index.ts';
import { createIdbStore, type KeyValueStore } from './key-value.ts';

export const MEMORY_DATABASE_NAME = 'locdiff-memories';
const LIST_KEY = 'memories';
const ENTRIES_PREFIX = 'entries:';

/** One memory as the Memories list shows it. */
export interface MemoryInfo extends MemorySummary {
	readonly id: string;
	/** The TMX file's name. */
	readonly name: string;
	/** When it was imported (ms since 1970). */
	readonly importedAt: number;
}

export class MemoryStore {
	constructor(private readonly store: KeyValueStore) {}

	/** The stored memories, or an empty list when there are none (a record that is not a list too). */
	async list(): Promise<MemoryInfo[]> {
		return listOf(await this.store.get(LIST_KEY));
	}

	/** One memory's packed entries, or null when the record is missing or not bytes. */
	async entries(id: string): Promise<Uint8Array | null> {
		const value = await this.store.get(ENTRIES_PREFIX + id);
		return value instanceof Uint8Array ? value : null;
	}

	/** Adds a memory and its entries in one transaction. */
	add(info: MemoryInfo, packed: Uint8Array): Promise<void> {
		return this.store.transact([LIST_KEY], (current) => {
			const list = listOf(current.get(LIST_KEY)).filter((memory) => memory.id !== info.id);
			return [
				[ENTRIES_PREFIX + info.id, packed],
				[LIST_KEY, [...list, info]]
			];
		});
	}

	/** Removes a memory from the list, then its entries. */
	async remove(id: string): Promise<void> {
		await this.store.transact([LIST_KEY], (current) => [
			[LIST_KEY, listOf(current.get(LIST_KEY)).filter((memory) => memory.id !== id)]
		]);
		await this.store.delMany([ENTRIES_PREFIX + id]);
	}
}

/** The real one, on IndexedDB. */
export function createIdbMemoryStore(): MemoryStore {
	return new MemoryStore(createIdbStore(MEMORY_DATABASE_NAME, 'records'));
}

function listOf(value: unknown): MemoryInfo[] {
	return Array.isArray(value) ? value.filter(isMemoryInfo) : [];
}

function isMemoryInfo(value: unknown): value is MemoryInfo {
	if (typeof value !== 'object' || value === null) return false;
	const info = value as Partial<Record<keyof MemoryInfo, unknown>>;
	return (
		typeof info.id === 'string' &&
		typeof info.name === 'string' &&
		typeof info.entryCount === 'number' &&
		typeof info.importedAt === 'number' &&
		Array.isArray(info.sourceLanguages) &&
		Array.isArray(info.targetLanguages)
	);
}
