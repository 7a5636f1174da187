import { describe, expect, it } from 'vitest';
import { packMemory } from '../../../src/core/index.ts';
import { createInteropHandler } from '../../../src/worker/interop-handler.ts';
import { InteropClient } from '../../../src/worker/interop-client.ts';
import type { InteropReply, InteropRequest } from '../../../src/worker/interop-protocol.ts';

/** A worker that answers with the real handler, and can crash like an out-of-memory worker. */
class FakeWorker {
	onmessage: ((event: MessageEvent<InteropReply>) => void) | null = null;
	onerror: (() => void) | null = null;
	readonly #handle = createInteropHandler();
	isCrashing = false;

	postMessage(request: InteropRequest): void {
		queueMicrotask(() => {
			if (this.isCrashing) return this.onerror?.();
			const answer = this.#handle(request);
			const reply = { ...answer, version: request.version, requestId: request.requestId };
			this.onmessage?.({ data: reply } as MessageEvent<InteropReply>);
		});
	}

	terminate(): void {}
}

const packed = new TextEncoder().encode(
	packMemory([
		{
			source: 'Restart the computer to finish.',
			target: 'Starten Sie neu.',
			sourceLanguage: 'en-US',
			targetLanguage: 'de-DE'
		}
	])
);
const find = {
	type: 'find-matches',
	source: 'Restart the computer to finish.',
	locale: 'de-DE',
	limit: 3
} as const;

describe('InteropClient', () => {
	it('fails the pending call of a crashed worker, and indexes the memories again in the next one', async () => {
		const workers: FakeWorker[] = [];
		const client = new InteropClient(() => {
			const worker = new FakeWorker();
			workers.push(worker);
			return worker as unknown as Worker;
		});
		expect(await client.run({ type: 'load-memory', memoryId: 'm', packed })).toEqual(
			expect.objectContaining({ type: 'done' })
		);
		const first = workers[0];
		if (!first) throw new Error('a worker started');
		first.isCrashing = true;
		expect(await client.run(find)).toMatchObject({ type: 'failed' });

		const answer = await client.run(find);
		expect(workers).toHaveLength(2);
		expect(answer).toMatchObject({
			type: 'matches',
			matches: [{ memoryId: 'm', translation: 'Starten Sie neu.' }]
		});
	});

	it('runs every call on this thread when no worker can be made', async () => {
		const client = new InteropClient(null);
		await client.run({ type: 'load-memory', memoryId: 'm', packed: packed.slice() });
		expect(await client.run(find)).toMatchObject({ type: 'matches', matches: [{ similarity: 1 }] });
		await client.run({ type: 'drop-memory', memoryId: 'm' });
		expect(await client.run(find)).toMatchObject({ type: 'matches', matches: [] });
	});
});
