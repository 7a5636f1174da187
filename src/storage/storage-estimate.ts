/**
 * The browser's storage manager: how much this origin uses and may use, and whether its data is
 * persistent (kept when the disk runs low) or "best effort" (the browser may evict it; Safari
 * does so after weeks without a visit). Both calls may be missing (old browsers, some private
 * modes) or reject; then there is nothing to show, which is not an error for the translator.
 */

export interface StorageEstimateView {
	/** Bytes this origin uses: the workspace, plus the offline copy of the app itself. */
	readonly usage: number;
	readonly quota: number;
}

export interface StorageManagerLike {
	estimate?(): Promise<{ usage?: number; quota?: number }>;
	persist?(): Promise<boolean>;
	persisted?(): Promise<boolean>;
}

/** The real one, or null where the browser has none. */
export function browserStorageManager(): StorageManagerLike | null {
	return typeof navigator !== 'undefined' && 'storage' in navigator ? navigator.storage : null;
}

export async function estimateStorage(
	manager: StorageManagerLike | null
): Promise<StorageEstimateView | null> {
	try {
		const estimate = await manager?.estimate?.();
		if (estimate?.usage === undefined || estimate.quota === undefined) return null;
		return { usage: estimate.usage, quota: estimate.quota };
	} catch {
		return null; // an estimate is a convenience: no figure is better than a scary error
	}
}

/**
 * Asks once for persistent storage. Chromium decides silently (installed, bookmarked or often
 * visited sites get it), Firefox may ask the user. Returns whether the data is persistent.
 */
export async function requestPersistence(manager: StorageManagerLike | null): Promise<boolean> {
	try {
		if ((await manager?.persisted?.()) === true) return true;
		return (await manager?.persist?.()) === true;
	} catch {
		return false;
	}
}
