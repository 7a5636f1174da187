/**
 * Reads every stored record for the load. One bulk read is fast, but IndexedDB fails the whole
 * `getAll` when a single value cannot be deserialised (damaged or truncated bytes on disk), so on
 * failure each key is read alone and an unreadable one stands in as UNREADABLE: its file is
 * skipped and named, the others load.
 */
import type { KeyValueStore } from './key-value.ts';

/** Fails every record check in record-check.ts. */
export const UNREADABLE = Object.freeze({ isUnreadable: true });

/** Throws only when not even the keys can be read (then nothing can be loaded). */
export async function readAllRecords(store: KeyValueStore): Promise<[string, unknown][]> {
	try {
		return await store.entries();
	} catch {
		const records: [string, unknown][] = [];
		for (const key of await store.keys()) {
			try {
				records.push([key, await store.get(key)]);
			} catch {
				records.push([key, UNREADABLE]);
			}
		}
		return records;
	}
}
