/**
 * QA worker: runs the token check of a whole file (issue 4) and the QA of every open file with
 * word counts (issue 10) off the main thread. A thin shell: decode, call core, post. The review
 * session keeps the open files between requests, so a request carries only what changed.
 */
import { checkTokens } from '../core/index.ts';
import { QA_PROTOCOL_VERSION, type QaWorkerReply, type QaWorkerRequest } from './qa-protocol.ts';
import { QaSession } from './qa-session.ts';

const session = new QaSession();

self.onmessage = (event: MessageEvent<QaWorkerRequest>) => {
	const request = event.data;
	const reply = answer(request);
	self.postMessage(reply);
};

function answer(request: QaWorkerRequest): QaWorkerReply {
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
			return {
				...base,
				type: 'reviewed',
				report: session.update(request.changed, request.order, request.isPartial)
			};
		}
		const checks = request.pairs.map((pair) => checkTokens(pair.source, pair.translation));
		return { ...base, type: 'checked-tokens', checks };
	} catch (error: unknown) {
		return {
			...base,
			type: 'failed',
			message: error instanceof Error ? error.message : String(error)
		};
	}
}
