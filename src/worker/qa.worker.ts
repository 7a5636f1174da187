/**
 * QA worker: runs the token check of a whole file (issue 4) and the QA of every open file with
 * word counts (issue 10) off the main thread. A thin shell around qa-handler.ts.
 */
import type { QaWorkerRequest } from './qa-protocol.ts';
import { QaHandler } from './qa-handler.ts';

const handler = new QaHandler();

self.onmessage = (event: MessageEvent<QaWorkerRequest>) => {
	const reply = handler.answer(event.data);
	if (reply !== null) self.postMessage(reply);
};
