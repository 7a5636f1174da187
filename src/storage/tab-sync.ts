/**
 * Keeps two tabs from overwriting each other's work. After every write a tab announces it on a
 * BroadcastChannel; a tab that hears another tab write is out of date, so it stops writing (its
 * unsaved edits stay on screen) and says so. Reloading it loads the newer saved workspace.
 */
import { DATABASE_NAME } from './db.ts';

export interface TabSync {
	/** Call after each successful write. */
	announceWrite(): void;
	close(): void;
}

export function watchOtherTabs(onOutOfDate: () => void): TabSync {
	if (typeof BroadcastChannel === 'undefined')
		return { announceWrite: () => undefined, close: () => undefined };
	const tabId = crypto.randomUUID();
	const channel = new BroadcastChannel(DATABASE_NAME);
	channel.onmessage = (event: MessageEvent<{ writer?: string }>) => {
		if (event.data.writer !== undefined && event.data.writer !== tabId) onOutOfDate();
	};
	return {
		announceWrite: () => channel.postMessage({ writer: tabId }),
		close: () => channel.close()
	};
}
