/**
 * The review worker: holds the open files for the Matches list and the Concordance (issue 10), so
 * building their indexes and looking up never blocks typing. A thin shell over ReviewStore:
 * changes are applied in order, lookups answered; when the queue is idle for a moment after a
 * change, the indexes are rebuilt, so the next lookup finds them ready.
 */
import { ReviewStore } from './review-store.ts';
import {
	REVIEW_PROTOCOL_VERSION,
	type ReviewReply,
	type ReviewRequest
} from './review-protocol.ts';

/** Quiet time after the last change before the indexes are rebuilt (opening files in batches). */
const PREPARE_DELAY_MS = 150;

const store = new ReviewStore();
let prepareTimer: ReturnType<typeof setTimeout> | undefined;

self.onmessage = (event: MessageEvent<ReviewRequest>) => {
	const request = event.data;
	if (!('requestId' in request)) {
		if (request.version === REVIEW_PROTOCOL_VERSION) store.apply(request);
		clearTimeout(prepareTimer);
		prepareTimer = setTimeout(() => store.prepare(), PREPARE_DELAY_MS);
		return;
	}
	self.postMessage(answer(request));
};

function answer(request: Extract<ReviewRequest, { requestId: number }>): ReviewReply {
	const { requestId } = request;
	if (request.version !== REVIEW_PROTOCOL_VERSION) {
		const message = `review protocol ${request.version} is not ${REVIEW_PROTOCOL_VERSION}`;
		return { type: 'failed', requestId, message };
	}
	try {
		if (request.type === 'find-matches')
			return {
				type: 'matches',
				requestId,
				matches: store.findMatches(request.query, request.limit)
			};
		return { type: 'concordance', requestId, answer: store.concordance(request) };
	} catch (error: unknown) {
		return {
			type: 'failed',
			requestId,
			message: error instanceof Error ? error.message : String(error)
		};
	}
}
