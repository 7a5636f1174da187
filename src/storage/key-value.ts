/**
 * The few key-value operations storage needs, so the adapter can be tested with an in-memory map
 * and the real idb-keyval store is exercised in the browser tests.
 */
import { clear, createStore, delMany, entries, get, keys, setMany } from 'idb-keyval';
import type { UseStore } from 'idb-keyval';
import { DATABASE_NAME, STORE_NAME } from './db.ts';

export interface KeyValueStore {
	/** Every record, in one read transaction. */
	entries(): Promise<[string, unknown][]>;
	/** Every key (the fallback when one damaged record makes `entries()` fail). */
	keys(): Promise<string[]>;
	get(key: string): Promise<unknown>;
	/** Writes all pairs in one transaction. */
	setMany(pairs: [string, unknown][]): Promise<void>;
	/**
	 * Reads `keys` and writes the pairs `change` returns, in one readwrite transaction, so no
	 * other tab can write in between. If `change` throws, nothing is written and this rejects.
	 */
	transact(
		keys: readonly string[],
		change: (current: ReadonlyMap<string, unknown>) => [string, unknown][]
	): Promise<void>;
	delMany(keys: string[]): Promise<void>;
	clear(): Promise<void>;
}

/** The real store: our own named IndexedDB database through idb-keyval (the workspace's by default). */
export function createIdbStore(
	databaseName = DATABASE_NAME,
	storeName = STORE_NAME
): KeyValueStore {
	const store = createStore(databaseName, storeName);
	return {
		entries: async () => {
			const all = await entries<string, unknown>(store);
			return all.map(([key, value]) => [String(key), value]);
		},
		keys: async () => (await keys(store)).map(String),
		get: (key) => get<unknown>(key, store),
		setMany: (pairs) => setMany(pairs, store),
		transact: (keys, change) => transactIdb(store, keys, change),
		delMany: (keys) => delMany(keys, store),
		clear: () => clear(store)
	};
}

/** idb-keyval's `update()` for several keys: all gets, then all puts, in one transaction. */
function transactIdb(
	store: UseStore,
	keys: readonly string[],
	change: (current: ReadonlyMap<string, unknown>) => [string, unknown][]
): Promise<void> {
	return store('readwrite', (objects) => {
		const done = new Promise<void>((resolve, reject) => {
			objects.transaction.oncomplete = () => resolve();
			objects.transaction.onabort = () => reject(objects.transaction.error ?? new Error('aborted'));
		});
		const current = new Map<string, unknown>();
		let left = keys.length;
		// Puts run in the last get's success callback, while the transaction is still active.
		const write = (): Promise<void> => {
			try {
				for (const [key, value] of change(current)) objects.put(value, key);
				return done;
			} catch (error: unknown) {
				objects.transaction.abort();
				done.catch(() => undefined);
				return Promise.reject(error instanceof Error ? error : new Error(String(error)));
			}
		};
		if (left === 0) return write();
		return new Promise<void>((resolve, reject) => {
			for (const key of keys) {
				const request = objects.get(key);
				request.onsuccess = () => {
					current.set(key, request.result);
					if (--left === 0) write().then(resolve, reject);
				};
				request.onerror = () => reject(request.error ?? new Error(`get ${key} failed`));
			}
		});
	});
}

/** An in-memory store for tests and for browsers where IndexedDB is unavailable. */
export function createMemoryStore(initial: Iterable<[string, unknown]> = []): KeyValueStore {
	const map = new Map(initial);
	return {
		entries: () => Promise.resolve([...map.entries()]),
		keys: () => Promise.resolve([...map.keys()]),
		get: (key) => Promise.resolve(map.get(key)),
		setMany: (pairs) => {
			for (const [key, value] of pairs) map.set(key, value);
			return Promise.resolve();
		},
		transact: (keys, change) => {
			try {
				const pairs = change(new Map(keys.map((key) => [key, map.get(key)])));
				for (const [key, value] of pairs) map.set(key, value);
				return Promise.resolve();
			} catch (error: unknown) {
				return Promise.reject(error instanceof Error ? error : new Error(String(error)));
			}
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
