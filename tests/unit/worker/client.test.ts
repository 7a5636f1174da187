import { describe, expect, it } from 'vitest';
import { ParseClient } from '../../../src/worker/client.ts';
import type { ParseBatchRequest, ParseWorkerReply } from '../../../src/worker/protocol.ts';

type Listener = (event: {
	data?: ParseWorkerReply;
	message?: string;
	preventDefault(): void;
}) => void;

/** A stand-in Worker: answers each batch with `answer`, or fails with an error event. */
class FakeWorker {
	static started = 0;
	readonly listeners = new Map<string, Listener>();
	isTerminated = false;

	constructor(private readonly shouldFail: boolean) {
		FakeWorker.started++;
	}

	addEventListener(type: string, listener: Listener): void {
		this.listeners.set(type, listener);
	}

	postMessage(request: ParseBatchRequest): void {
		setTimeout(() => {
			if (this.shouldFail) {
				this.listeners.get('error')?.({
					message: 'script failed',
					preventDefault: () => undefined
				});
				return;
			}
			const files = request.files.map(({ path, contents }) => ({
				path,
				buffer: contents as ArrayBuffer,
				summary: { ok: true, segmentCount: 1, locale: null, diagnostics: [] } as const
			}));
			const data: ParseWorkerReply = {
				type: 'parsed-batch',
				version: 1,
				requestId: request.requestId,
				files
			};
			this.listeners.get('message')?.({ data, preventDefault: () => undefined });
		}, 0);
	}

	terminate(): void {
		this.isTerminated = true;
	}
}

function files(count: number) {
	return Array.from({ length: count }, (_, i) => ({
		path: `f${i}.md`,
		contents: new Uint8Array([65 + (i % 26)])
	}));
}

describe('ParseClient', () => {
	it('parses in batches, keeps the input order and reports progress up to the total', async () => {
		const client = new ParseClient(() => new FakeWorker(false) as unknown as Worker, 2);
		const progress: number[] = [];
		const parsed = await client.parseAll(files(100), (done) => progress.push(done));
		expect(parsed.map((file) => file.path)).toEqual(files(100).map((file) => file.path));
		expect(parsed[1]?.bytes).toEqual(new Uint8Array([66]));
		expect(progress.at(-1)).toBe(100);
		expect(progress.length).toBeGreaterThan(2);
	});

	it('turns a worker error into a rejection and starts a fresh worker for the next parse', async () => {
		let shouldFail = true;
		FakeWorker.started = 0;
		const client = new ParseClient(() => new FakeWorker(shouldFail) as unknown as Worker, 1);
		await expect(client.parseAll(files(3), () => undefined)).rejects.toThrow(
			/parser stopped: script failed/
		);
		shouldFail = false;
		await expect(client.parseAll(files(3), () => undefined)).resolves.toHaveLength(3);
		expect(FakeWorker.started).toBe(2);
	});

	it('parses on this thread when no worker can start', async () => {
		const client = new ParseClient(() => {
			throw new Error('blocked by CSP');
		}, 1);
		const [file] = await client.parseAll(
			[{ path: 'a.md', contents: new Uint8Array([0, 1]) }],
			() => undefined
		);
		expect(file?.summary.ok).toBe(false);
	});
});
