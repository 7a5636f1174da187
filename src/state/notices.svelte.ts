/**
 * Messages for the translator: per-file load errors, refused edits, export results, and the
 * banners for storage and parser failures, which stay until the problem is gone or dismissed.
 */
export type NoticeKind = 'error' | 'warning' | 'info';

export interface Notice {
	readonly id: number;
	readonly kind: NoticeKind;
	readonly text: string;
}

/**
 * At most this many notices are kept; older ones drop off. High enough that every failed file of
 * a large folder keeps its message (the list folds, so the count costs no screen space).
 */
const MAX_NOTICES = 2000;

export class Notices {
	list = $state.raw<readonly Notice[]>([]);
	/** A failed or refused storage write: shown as a banner. */
	storageError = $state<string | null>(null);
	/** Whether Retry can help (a failed write), not a refusal (newer schema, no IndexedDB). */
	canRetryStorage = $state(false);
	#nextId = 1;

	push(kind: NoticeKind, text: string): void {
		this.list = [...this.list, { id: this.#nextId++, kind, text }].slice(-MAX_NOTICES);
	}

	dismiss(id: number): void {
		this.list = this.list.filter((notice) => notice.id !== id);
	}

	clear(): void {
		this.list = [];
	}
}
