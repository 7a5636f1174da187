/**
 * The parse worker: a thin shell that reads a batch of file blobs, summarises each with the core
 * and posts the results back, handing every buffer over by transfer.
 */
import { PROTOCOL_VERSION, type ParseBatchRequest, type ParseWorkerReply } from './protocol.ts';
import type { ParsedFile } from './protocol.ts';
import { summarizeFile } from './summarize.ts';

function reply(message: ParseWorkerReply, transfer: Transferable[] = []): void {
	self.postMessage(message, { transfer });
}

async function parseBatch(request: ParseBatchRequest): Promise<ParsedFile[]> {
	const buffers = await Promise.all(
		request.files.map(({ contents }) =>
			contents instanceof ArrayBuffer ? Promise.resolve(contents) : contents.arrayBuffer()
		)
	);
	return request.files.map(({ path }, index) => {
		const buffer = buffers[index]!;
		return { path, buffer, summary: summarizeFile(path, new Uint8Array(buffer)) };
	});
}

self.addEventListener('message', (event: MessageEvent<ParseBatchRequest>) => {
	const { requestId, version } = event.data;
	if (version !== PROTOCOL_VERSION) {
		const message = `protocol ${version} is not ${PROTOCOL_VERSION}`;
		reply({ type: 'batch-failed', version: PROTOCOL_VERSION, requestId, message });
		return;
	}
	parseBatch(event.data).then(
		(files) =>
			reply(
				{ type: 'parsed-batch', version: PROTOCOL_VERSION, requestId, files },
				files.map((file) => file.buffer)
			),
		(error: unknown) => {
			const message = error instanceof Error ? error.message : String(error);
			reply({ type: 'batch-failed', version: PROTOCOL_VERSION, requestId, message });
		}
	);
});
