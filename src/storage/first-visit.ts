/**
 * Whether this browser has ever shown locdiff (issue 13.7: the very first visit opens the
 * examples). An empty IndexedDB workspace cannot tell a first visit from one after Close all,
 * so one flag is kept in the origin's localStorage, `locdiff-visited`, set on the first visit
 * and never cleared by the app. Where localStorage is missing or refuses, it is no first visit:
 * the translator then sees the usual first screen rather than examples forced on them.
 */
const VISITED_KEY = 'locdiff-visited';

export interface FirstVisit {
	/** True only on the very first visit to this origin. */
	isFirst(): boolean;
	/** Records the visit: every later one is not the first. */
	markDone(): void;
}

/** The first-visit flag in `storage` (the page's localStorage by default). */
export function browserFirstVisit(storage: () => Storage = () => localStorage): FirstVisit {
	return {
		isFirst: () => {
			try {
				return storage().getItem(VISITED_KEY) === null;
			} catch {
				return false;
			}
		},
		markDone: () => {
			try {
				storage().setItem(VISITED_KEY, '1');
			} catch {
				// Not stored: the next visit may open the examples again, which costs nothing.
			}
		}
	};
}

/** No first visit ever (tests, and hosts without a page). */
export const NEVER_FIRST_VISIT: FirstVisit = { isFirst: () => false, markDone: () => undefined };
