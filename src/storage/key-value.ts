/**
 * The few key-value operations storage needs, so the adapter can be tested with an in-memory map
 * and the real idb-keyval store is exercised in the browser tests.
 */
import { clear, createStore, delMany, entries, setMany } from 'idb-keyval';
import { DATABASE_NAME, STORE_NAME } from './db.ts';

export interface KeyValueStore {
	/** Every record, in one read transaction. */
	entries(): Promise<[string, unknown][]>;
	/** Writes all pairs in one transaction. */
	setMany(pairs: [string, unknown][]): Promise<void>;
	delMany(keys: string[]): Promise<void>;
	clear(): Promise<void>;
}

/** The real store: our own named IndexedDB database through idb-keyval. */
export function createIdbStore(): KeyValueStore {
	const store = createStore(DATABASE_NAME, STORE_NAME);
	return {
		entries: async () => {
			const all = await entries<string, unknown>(store);
			return all.map(([key, value]) => [String(key), value]);
		},
		setMany: (pairs) => setMany(pairs, store),
		delMany: (keys) => delMany(keys, store),
		clear: () => clear(store)
	};
}

/** An in-memory store for tests and for browsers where IndexedDB is unavailable. */
export function createMemoryStore(initial: Iterable<[string, unknown]> = []): KeyValueStore {
	const map = new Map(initial);
	return {
		entries: () => Promise.resolve([...map.entries()]),
		setMany: (pairs) => {
			for (const [key, value] of pairs) map.set(key, value);
			return Promise.resolve();
		},
		delMany: (keys) => {
			for (const key of keys) map.delete(key);
			return Promise.resolve();
		},
		clear: () => {
			map.clear();
			return Promise.resolve();
		}
	};
}
