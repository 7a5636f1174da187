/**
 * QA worker: runs the token check of a whole file off the main thread (issue 4: "compute, per
 * segment and off the main thread, ..."). A thin shell: decode, call core, post.
 */
import { checkTokens } from '../core/index.ts';
import { QA_PROTOCOL_VERSION, type QaWorkerReply, type TokenCheckRequest } from './qa-protocol.ts';

self.onmessage = (event: MessageEvent<TokenCheckRequest>) => {
	const request = event.data;
	const reply = answer(request);
	self.postMessage(reply);
};

function answer(request: TokenCheckRequest): QaWorkerReply {
	const base = { version: QA_PROTOCOL_VERSION, requestId: request.requestId };
	if (request.version !== QA_PROTOCOL_VERSION) {
		return {
			...base,
			type: 'failed',
			message: `QA protocol ${request.version} is not ${QA_PROTOCOL_VERSION}`
		};
	}
	try {
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
