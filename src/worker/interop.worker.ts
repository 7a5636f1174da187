/** The interchange worker: a thin shell around `createInteropHandler` (XLIFF, TMX, memories). */
import { createInteropHandler, transferablesOf } from './interop-handler.ts';
import {
	INTEROP_PROTOCOL_VERSION,
	type InteropAnswer,
	type InteropReply,
	type InteropRequest
} from './interop-protocol.ts';

const handle = createInteropHandler();

self.onmessage = (event: MessageEvent<InteropRequest>) => {
	const request = event.data;
	let answer: InteropAnswer;
	if (request.version !== INTEROP_PROTOCOL_VERSION) {
		const message = `interop protocol ${request.version} is not ${INTEROP_PROTOCOL_VERSION}`;
		answer = { type: 'failed', message };
	} else {
		try {
			answer = handle(request);
		} catch (error: unknown) {
			answer = { type: 'failed', message: error instanceof Error ? error.message : String(error) };
		}
	}
	const reply: InteropReply = {
		...answer,
		version: INTEROP_PROTOCOL_VERSION,
		requestId: request.requestId
	};
	self.postMessage(reply, { transfer: transferablesOf(answer) });
};
