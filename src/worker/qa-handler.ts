/**
 * The QA worker's answers, apart from the worker shell (qa.worker.ts) so tests can put the real
 * handler behind a fake worker. The review session and the token-check cache keep their files
 * between requests, so a request carries only what changed.
 */
import { QA_PROTOCOL_VERSION, type QaWorkerReply, type QaWorkerRequest } from './qa-protocol.ts';
import { QaSession } from './qa-session.ts';
import { TokenCheckCache } from './token-check-cache.ts';

export class QaHandler {
	readonly #session = new QaSession();
	readonly #tokenChecks = new TokenCheckCache();

	/** The reply to a request; null for parts of a file's pairs, which need none. */
	answer(request: QaWorkerRequest): QaWorkerReply | null {
		const base = { version: QA_PROTOCOL_VERSION, requestId: request.requestId };
		if (request.version !== QA_PROTOCOL_VERSION) {
			return {
				...base,
				type: 'failed',
				message: `QA protocol ${request.version} is not ${QA_PROTOCOL_VERSION}`
			};
		}
		try {
			if (request.type === 'review') {
				const report = this.#session.update(request.changed, request.order, request.isPartial);
				return { ...base, type: 'reviewed', report };
			}
			if (request.type === 'token-pairs') {
				this.#tokenChecks.receive(request.fileKey, request.total, request.start, request.pairs);
				return null;
			}
			const checks = this.#tokenChecks.check(request.fileKey, request.changes);
			if (checks === null) return { ...base, type: 'token-pairs-missing' };
			return { ...base, type: 'checked-tokens', checks };
		} catch (error: unknown) {
			return {
				...base,
				type: 'failed',
				message: error instanceof Error ? error.message : String(error)
			};
		}
	}
}
