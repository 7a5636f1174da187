/**
 * Main-thread side of the QA worker. `checkFile` sends every segment of one file in one message;
 * a newer request for the same file key supersedes an older one (its promise resolves to null),
 * so fast typing never paints stale token problems. If the worker cannot start or crashes, the
 * same core check runs here: a file's check takes ~15 ms at 500 segments (notes), short enough.
 */
import { checkTokens, type FileId, type TokenCheck } from '../core/index.ts';
import { QA_PROTOCOL_VERSION, type QaWorkerReply, type TokenPair } from './qa-protocol.ts';
import type { QaFileUpdate, QaReport } from './qa-protocol.ts';
import { QaSession } from './qa-session.ts';

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
}

export class QaClient implements TokenChecker, FileReviewer {
	#worker: Worker | null = null;
	readonly #createWorker: () => Worker;
	readonly #pending = new Map<number, Pending>();
	/** The newest request id per file key: older answers for that key are dropped. */
	readonly #latest = new Map<string, number>();
	#nextRequestId = 1;
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
			worker.postMessage({ type: 'check-tokens', version: QA_PROTOCOL_VERSION, requestId, pairs });
		});
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
		this.#pending.delete(reply.requestId);
		const isStale = this.#latest.get(pending.fileKey) !== reply.requestId;
		if (isStale) pending.resolve(null);
		else if (reply.type === 'failed') pending.resolve(this.#checkHere(pending.pairs));
		else if (reply.type === 'checked-tokens') pending.resolve(reply.checks);
		else pending.resolve(this.#checkHere(pending.pairs));
	}

	/** A crashed worker: answer what is pending on the main thread, start a new worker next time. */
	#failAll(): void {
		this.#worker?.terminate();
		this.#worker = null;
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

/** The QA client on the real worker entry. */
export function createQaClient(): QaClient {
	return new QaClient(
		() => new Worker(new URL('./qa.worker.ts', import.meta.url), { type: 'module' })
	);
}
