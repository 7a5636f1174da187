/**
 * Tells other tabs of this origin what this tab stored, over a BroadcastChannel. A message only
 * names the keys written: the store stays the source of truth, so a receiving tab re-reads those
 * records and merges them (a lost or late message costs nothing but a later refresh). Messages
 * carry the schema version, so a tab learns when a newer locdiff shares its workspace.
 */
import { DATABASE_NAME, SCHEMA_VERSION } from './db.ts';
import type { StoredChange } from './workspace-store.ts';

export interface TabMessage extends StoredChange {
	readonly tabId: string;
	readonly schemaVersion: number;
}

export interface TabSync {
	/** Call after each successful write. */
	announce(change: StoredChange): void;
	/** Receives other tabs' messages (never this tab's own). */
	listen(onMessage: (message: TabMessage) => void): void;
	close(): void;
}

export function watchOtherTabs(): TabSync {
	if (typeof BroadcastChannel === 'undefined')
		return { announce: () => undefined, listen: () => undefined, close: () => undefined };
	const tabId = crypto.randomUUID();
	const channel = new BroadcastChannel(DATABASE_NAME);
	return {
		announce: (change) => {
			const message: TabMessage = {
				...change,
				keys: [...change.keys],
				tabId,
				schemaVersion: SCHEMA_VERSION
			};
			channel.postMessage(message);
		},
		listen: (onMessage) => {
			channel.onmessage = (event: MessageEvent<unknown>) => {
				const message = event.data;
				if (isTabMessage(message) && message.tabId !== tabId) onMessage(message);
			};
		},
		close: () => channel.close()
	};
}

function isTabMessage(data: unknown): data is TabMessage {
	if (typeof data !== 'object' || data === null) return false;
	const message = data as Partial<TabMessage>;
	return (
		typeof message.tabId === 'string' &&
		typeof message.schemaVersion === 'number' &&
		Array.isArray(message.keys) &&
		typeof message.isCleared === 'boolean'
	);
}
