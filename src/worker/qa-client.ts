/**
 * Main-thread side of the QA worker. `checkFile` sends a file's segments once, in parts, then
 * only the ones that changed (token-check-cache.ts keeps them in the worker); a newer request
 * for the same file key supersedes an older one (its promise resolves to null), so fast typing
 * never paints stale token problems. If the worker cannot start or crashes, the same core check
 * runs here: a file's check takes ~15 ms at 500 segments (notes), short enough.
 */
import { checkTokens, type FileId, type TokenCheck } from '../core/index.ts';
import { QA_PROTOCOL_VERSION, type QaWorkerReply, type TokenPair } from './qa-protocol.ts';
import type { QaFileUpdate, QaReport } from './qa-protocol.ts';
import { QaSession } from './qa-session.ts';
import { fullChecks } from './sparse-checks.ts';
import { KEPT_FILES } from './token-check-cache.ts';
import { nextTask } from '../io/next-task.ts';

export type {
	TokenPair,
	QaFileUpdate,
	QaReport,
	KeyedProblem,
	RepetitionMap
} from './qa-protocol.ts';

/**
 * What the state layer needs to check every open file (tests hand in a QaSession-backed fake).
 * Requests build on each other (the checker keeps the files it was sent), so a null answer means
 * the checker lost them: the caller sends every file again, with its bytes.
 */
export interface FileReviewer {
	review(
		changed: readonly QaFileUpdate[],
		order: readonly FileId[],
		isPartial?: boolean
	): Promise<QaReport | null>;
}

/** What the state layer needs of the QA worker (tests hand in a fake). */
export interface TokenChecker {
	checkFile(fileKey: string, pairs: readonly TokenPair[]): Promise<readonly TokenCheck[] | null>;
}

interface Pending {
	readonly fileKey: string;
	readonly pairs: readonly TokenPair[];
	resolve(checks: readonly TokenCheck[] | null): void;
	/** Every pair was sent again after a token-pairs-missing answer: no second time. */
	isResent?: boolean;
}

export class QaClient implements TokenChecker, FileReviewer {
	#worker: Worker | null = null;
	readonly #createWorker: () => Worker;
	readonly #pending = new Map<number, Pending>();
	/** The newest request id per file key: older answers for that key are dropped. */
	readonly #latest = new Map<string, number>();
	#nextRequestId = 1;
	/** Per file key, the pairs the worker holds as last sent (its TokenCheckCache keeps them). */
	readonly #held = new Map<string, readonly TokenPair[]>();
	readonly #reviews = new Map<number, (report: QaReport | null) => void>();
	/** After a failed or crashed review, reviews run here (the worker lost its files anyway). */
	#reviewHere: QaSession | null = null;

	/** `createWorker` starts the QA worker; it may throw, and then checks run on this thread. */
	constructor(createWorker: () => Worker) {
		this.#createWorker = createWorker;
	}

	/**
	 * Checks the tokens of every pair; resolves to one check per pair, or null when a newer
	 * request for the same `fileKey` was made meanwhile.
	 */
	checkFile(fileKey: string, pairs: readonly TokenPair[]): Promise<readonly TokenCheck[] | null> {
		const requestId = this.#nextRequestId++;
		this.#latest.set(fileKey, requestId);
		const worker = this.#startWorker();
		if (!worker) return Promise.resolve(this.#checkHere(pairs));
		return new Promise((resolve) => {
			this.#pending.set(requestId, { fileKey, pairs, resolve });
			void this.#sendCheck(worker, requestId, false);
		});
	}

	/**
	 * Sends the worker what it lacks of a pending request's pairs (all of them, a part per task,
	 * or only the changed ones) and asks for the check. A newer request for the same file stops
	 * the parts and answers this one with null.
	 */
	async #sendCheck(worker: Worker, requestId: number, mustSendAll: boolean): Promise<void> {
		const pending = this.#pending.get(requestId);
		if (!pending) return;
		const { fileKey, pairs } = pending;
		const held = mustSendAll ? undefined : this.#held.get(fileKey);
		let changes: (readonly [number, TokenPair])[] = [];
		if (held === undefined || held.length !== pairs.length) {
			this.#held.delete(fileKey);
			// At least one part, even of no pairs: the worker holds the file only once it has one.
			for (let start = 0; start === 0 || start < pairs.length; start += PAIRS_PER_MESSAGE) {
				if (start > 0) await nextTask();
				if (this.#worker !== worker) return; // crashed: #failAll answered it
				if (this.#latest.get(fileKey) !== requestId) return this.#answer(requestId, null);
				const part = pairs.slice(start, start + PAIRS_PER_MESSAGE);
				worker.postMessage({
					type: 'token-pairs',
					version: QA_PROTOCOL_VERSION,
					requestId,
					fileKey,
					total: pairs.length,
					start,
					pairs: part
				});
			}
		} else changes = changedPairs(held, pairs);
		this.#hold(fileKey, pairs);
		worker.postMessage({
			type: 'check-tokens',
			version: QA_PROTOCOL_VERSION,
			requestId,
			fileKey,
			changes
		});
	}

	/** Remembers what the worker holds for `fileKey`, for as many files as its cache keeps. */
	#hold(fileKey: string, pairs: readonly TokenPair[]): void {
		this.#held.delete(fileKey);
		this.#held.set(fileKey, pairs);
		for (const key of [...this.#held.keys()].slice(0, -KEPT_FILES)) this.#held.delete(key);
	}

	#answer(requestId: number, checks: readonly TokenCheck[] | null): void {
		this.#pending.get(requestId)?.resolve(checks);
		this.#pending.delete(requestId);
	}

	/** Re-checks the changed files in the worker; null when it lost its files (send all again). */
	review(
		changed: readonly QaFileUpdate[],
		order: readonly FileId[],
		isPartial = false
	): Promise<QaReport | null> {
		if (this.#reviewHere)
			return Promise.resolve(this.#reviewHere.update(changed, order, isPartial));
		const worker = this.#startWorker();
		if (!worker) {
			this.#reviewHere = new QaSession();
			return Promise.resolve(null);
		}
		const requestId = this.#nextRequestId++;
		return new Promise((resolve) => {
			this.#reviews.set(requestId, resolve);
			worker.postMessage({
				type: 'review',
				version: QA_PROTOCOL_VERSION,
				requestId,
				changed,
				order,
				isPartial
			});
		});
	}

	/** Stops the worker; pending requests resolve to null. */
	dispose(): void {
		this.#worker?.terminate();
		this.#worker = null;
		this.#held.clear();
		for (const pending of this.#pending.values()) pending.resolve(null);
		this.#pending.clear();
		this.#settleReviews();
	}

	/** Answers every pending review with null: the files must be sent again. */
	#settleReviews(): void {
		for (const resolve of this.#reviews.values()) resolve(null);
		this.#reviews.clear();
	}

	#startWorker(): Worker | null {
		if (this.#worker) return this.#worker;
		try {
			const worker = this.#createWorker();
			worker.onmessage = (event: MessageEvent<QaWorkerReply>) => this.#settle(event.data);
			worker.onerror = () => this.#failAll();
			this.#worker = worker;
			return worker;
		} catch (error: unknown) {
			console.warn('QA worker unavailable, checking on the main thread', error);
			return null;
		}
	}

	#settle(reply: QaWorkerReply): void {
		const review = this.#reviews.get(reply.requestId);
		if (review) {
			this.#reviews.delete(reply.requestId);
			if (reply.type === 'reviewed') return review(reply.report);
			console.warn('QA review failed in the worker, checking on the main thread', reply);
			this.#reviewHere = new QaSession();
			return review(null);
		}
		const pending = this.#pending.get(reply.requestId);
		if (!pending) return;
		const isStale = this.#latest.get(pending.fileKey) !== reply.requestId;
		if (isStale) return this.#answer(reply.requestId, null);
		if (reply.type === 'token-pairs-missing' && this.#worker && !pending.isResent) {
			pending.isResent = true;
			return void this.#sendCheck(this.#worker, reply.requestId, true);
		}
		if (reply.type === 'checked-tokens')
			return this.#answer(reply.requestId, fullChecks(reply.checks));
		this.#answer(reply.requestId, this.#checkHere(pending.pairs));
	}

	/** A crashed worker: answer what is pending on the main thread, start a new worker next time. */
	#failAll(): void {
		this.#worker?.terminate();
		this.#worker = null;
		this.#held.clear();
		for (const [requestId, pending] of this.#pending) {
			const isStale = this.#latest.get(pending.fileKey) !== requestId;
			pending.resolve(isStale ? null : this.#checkHere(pending.pairs));
		}
		this.#pending.clear();
		if (this.#reviews.size > 0) this.#reviewHere = new QaSession();
		this.#settleReviews();
	}

	#checkHere(pairs: readonly TokenPair[]): readonly TokenCheck[] {
		return pairs.map((pair) => checkTokens(pair.source, pair.translation));
	}
}

/** Pairs per `token-pairs` message, one message per task: ~10 ms of posting each. */
const PAIRS_PER_MESSAGE = 5_000;

/** The pairs of `pairs` that differ from `held` (the same length), by index. */
function changedPairs(
	held: readonly TokenPair[],
	pairs: readonly TokenPair[]
): (readonly [number, TokenPair])[] {
	const changes: (readonly [number, TokenPair])[] = [];
	pairs.forEach((pair, index) => {
		const before = held[index];
		if (before?.source !== pair.source || before.translation !== pair.translation)
			changes.push([index, pair]);
	});
	return changes;
}

/** The QA client on the real worker entry. */
export function createQaClient(): QaClient {
	return new QaClient(
		() => new Worker(new URL('./qa.worker.ts', import.meta.url), { type: 'module' })
	);
}
