/**
 * Main-thread side of the review worker. Changes are posted as they come (no reply); lookups get
 * a request id and a promise. If the worker cannot start, or crashes, the same ReviewStore runs
 * on this thread: the client keeps what it sent (the bytes are the workspace's own, shared, not
 * copied) so it can hand it all to the local store and answer what was pending.
 */
import type { SearchField, SearchQuery } from '../core/index.ts';
import { ReviewStore } from './review-store.ts';
import {
	REVIEW_PROTOCOL_VERSION,
	type ConcordanceAnswer,
	type MatchLookup,
	type OpenFileMatch,
	type ReviewChange,
	type ReviewFileInput,
	type ReviewLookup,
	type ReviewReply
} from './review-protocol.ts';

/** What the state layer needs of the review worker (tests may hand in a fake). */
export interface ReviewIndex {
	change(change: ReviewChange): void;
	findMatches(query: MatchLookup, limit: number): Promise<readonly OpenFileMatch[]>;
	concordance(
		query: SearchQuery,
		fields: readonly SearchField[],
		limit: number
	): Promise<ConcordanceAnswer>;
}

interface Pending {
	readonly lookup: ReviewLookup;
	resolve(answer: readonly OpenFileMatch[] | ConcordanceAnswer): void;
}

export class ReviewClient implements ReviewIndex {
	readonly #createWorker: (() => Worker) | null;
	#worker: Worker | null = null;
	/** Set once the worker failed: from then on everything runs here. */
	#local: ReviewStore | null = null;
	readonly #pending = new Map<number, Pending>();
	/** What the worker was told, to replay into a local store if it dies. */
	readonly #files = new Map<string, ReviewFileInput>();
	#nextRequestId = 1;

	/**
	 * `createWorker` starts the worker; it may throw, and then the store runs on this thread, as it
	 * does from the start without one (Node, tests).
	 */
	constructor(createWorker: (() => Worker) | null) {
		this.#createWorker = createWorker;
	}

	change(change: ReviewChange): void {
		this.#remember(change);
		if (this.#local) return this.#local.apply(change);
		const worker = this.#startWorker();
		if (worker) worker.postMessage({ ...change, version: REVIEW_PROTOCOL_VERSION });
		else this.#goLocal().apply(change);
	}

	findMatches(query: MatchLookup, limit: number): Promise<readonly OpenFileMatch[]> {
		return this.#lookUp({ type: 'find-matches', query, limit }) as Promise<
			readonly OpenFileMatch[]
		>;
	}

	concordance(
		query: SearchQuery,
		fields: readonly SearchField[],
		limit: number
	): Promise<ConcordanceAnswer> {
		return this.#lookUp({
			type: 'concordance',
			query,
			fields,
			limit
		}) as Promise<ConcordanceAnswer>;
	}

	dispose(): void {
		this.#worker?.terminate();
		this.#worker = null;
	}

	#lookUp(lookup: ReviewLookup): Promise<readonly OpenFileMatch[] | ConcordanceAnswer> {
		const worker = this.#local ? null : this.#startWorker();
		if (!worker) return Promise.resolve(this.#goLocal().lookUp(lookup));
		const requestId = this.#nextRequestId++;
		return new Promise((resolve) => {
			this.#pending.set(requestId, { lookup, resolve });
			worker.postMessage({ ...lookup, requestId, version: REVIEW_PROTOCOL_VERSION });
		});
	}

	#startWorker(): Worker | null {
		if (this.#worker) return this.#worker;
		if (this.#createWorker === null) return null;
		try {
			const worker = this.#createWorker();
			worker.onmessage = (event: MessageEvent<ReviewReply>) => this.#settle(event.data);
			worker.onerror = () => this.#fail();
			this.#worker = worker;
			return worker;
		} catch (error: unknown) {
			console.warn('Review worker unavailable, matching on the main thread', error);
			return null;
		}
	}

	#settle(reply: ReviewReply): void {
		const pending = this.#pending.get(reply.requestId);
		if (!pending) return;
		this.#pending.delete(reply.requestId);
		if (reply.type === 'matches') pending.resolve(reply.matches);
		else if (reply.type === 'concordance') pending.resolve(reply.answer);
		else pending.resolve(this.#goLocal().lookUp(pending.lookup));
	}

	/** The worker crashed: everything moves to this thread, pending lookups included. */
	#fail(): void {
		this.#worker?.terminate();
		this.#worker = null;
		const local = this.#goLocal();
		for (const pending of this.#pending.values()) pending.resolve(local.lookUp(pending.lookup));
		this.#pending.clear();
	}

	#goLocal(): ReviewStore {
		if (this.#local) return this.#local;
		const local = new ReviewStore();
		for (const file of this.#files.values()) local.apply({ type: 'set-file', file });
		this.#local = local;
		return local;
	}

	#remember(change: ReviewChange): void {
		switch (change.type) {
			case 'set-file':
				this.#files.set(change.file.fileId, change.file);
				return;
			case 'remove-files':
				for (const id of change.fileIds) this.#files.delete(id);
				return;
			case 'clear':
				this.#files.clear();
				return;
			case 'set-edits':
			case 'edit-segments': {
				const file = this.#files.get(change.fileId);
				if (file === undefined) return;
				const edits = new Map(change.type === 'set-edits' ? change.edits : file.edits);
				if (change.type === 'edit-segments')
					for (const [id, text] of change.texts) {
						if (text === null) edits.delete(id);
						else edits.set(id, text);
					}
				this.#files.set(change.fileId, { ...file, edits });
				return;
			}
		}
	}
}

/** The review client on the real worker entry. */
export function createReviewClient(): ReviewClient {
	return new ReviewClient(
		() => new Worker(new URL('./review.worker.ts', import.meta.url), { type: 'module' })
	);
}
