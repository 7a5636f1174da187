/**
 * When queued changes are written (workspace-store.ts): SAVE_DELAY_MS after the last change, so
 * a burst of keys is one write, and at the latest MAX_SAVE_DELAY_MS after the first change not
 * yet written, so a long burst is stored while it goes on.
 */

/** Milliseconds of quiet before queued changes are written; 150 leaves headroom under 300. */
export const SAVE_DELAY_MS = 150;
/**
 * At most this long after the first unwritten change, queued changes are written even while the
 * translator keeps typing (a debounce alone would wait for the first pause: minutes of work lost
 * to a crash in the middle of a long burst).
 */
export const MAX_SAVE_DELAY_MS = 1_000;

export class SaveTimer {
	#timer: ReturnType<typeof setTimeout> | null = null;
	/** When the oldest change not yet handed to a write was queued (Date.now), or null. */
	#firstQueuedAt: number | null = null;

	constructor(
		private readonly write: () => void,
		private readonly delayMs = SAVE_DELAY_MS,
		private readonly maxDelayMs = MAX_SAVE_DELAY_MS
	) {}

	/** A change was queued: (re)sets the timer. */
	changed(): void {
		if (this.#timer !== null) clearTimeout(this.#timer);
		const now = Date.now();
		this.#firstQueuedAt ??= now;
		const untilMax = this.#firstQueuedAt + this.maxDelayMs - now;
		const delay = Math.max(0, Math.min(this.delayMs, untilMax));
		this.#timer = setTimeout(() => this.write(), delay);
	}

	/** A write starts now, or writing stops for good: nothing waits on the timer any more. */
	cancel(): void {
		if (this.#timer !== null) clearTimeout(this.#timer);
		this.#timer = null;
		this.#firstQueuedAt = null;
	}
}
