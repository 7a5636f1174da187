/**
 * How much browser storage locdiff uses, for the status bar, and whether it is persistent.
 * Estimates are refreshed after writes, at most once per REFRESH_MS: `estimate()` is cheap but
 * not free, and typing writes several times a second. Persistence is asked for once, when the
 * first file is opened (asking on an empty page would prompt for nothing in Firefox).
 */
import type { StorageEstimateView, StorageManagerLike } from '../storage/index.ts';
import { estimateStorage, requestPersistence } from '../storage/index.ts';

export const REFRESH_MS = 2000;

export class StorageUsage {
	estimate = $state.raw<StorageEstimateView | null>(null);
	/** null until known. */
	isPersistent = $state<boolean | null>(null);
	#hasAsked = false;
	#timer: ReturnType<typeof setTimeout> | null = null;
	#lastRun = -Infinity;

	constructor(
		private readonly manager: StorageManagerLike | null,
		private readonly now: () => number = () => performance.now()
	) {}

	/** Refreshes now if the last one was long enough ago, else once when it is. */
	refresh(): void {
		if (this.#timer !== null) return;
		const wait = this.#lastRun + REFRESH_MS - this.now();
		if (wait <= 0) {
			void this.#run();
			return;
		}
		this.#timer = setTimeout(() => {
			this.#timer = null;
			void this.#run();
		}, wait);
	}

	/** Asks once; later calls do nothing. */
	async requestPersistence(): Promise<void> {
		if (this.#hasAsked) return;
		this.#hasAsked = true;
		this.isPersistent = await requestPersistence(this.manager);
	}

	async #run(): Promise<void> {
		this.#lastRun = this.now();
		this.estimate = await estimateStorage(this.manager);
	}
}
