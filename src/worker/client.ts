/**
 * Main-thread side of the parse worker. Parses many files in batches across a small pool of
 * workers, reports progress after every batch, and turns worker failures into rejected promises
 * with a plain message (the state layer shows them). If no worker can start at all, the same
 * core code runs here, one batch per task, so the tab still never freezes for long.
 */
import { PROTOCOL_VERSION, type FileSummary, type ParseWorkerReply } from './protocol.ts';
import { splitIntoBatches, type FileToParse } from './batches.ts';
import { summarizeFile } from './summarize.ts';

export type { FileToParse } from './batches.ts';

export interface ParsedFileResult {
	readonly path: string;
	readonly bytes: Uint8Array;
	readonly summary: FileSummary;
}

export type ProgressListener = (done: number, total: number) => void;

interface Pending {
	resolve(files: ParsedFileResult[]): void;
	reject(error: Error): void;
}

export class ParseClient {
	readonly #workers: (Worker | null | undefined)[] = [];
	readonly #pending = new Map<number, Pending>();
	#nextRequestId = 1;
	#nextWorker = 0;
	/** Resolves when the next batch may be posted. */
	#turn: Promise<void> = Promise.resolve();

	constructor(
		private readonly createWorker: () => Worker,
		private readonly poolSize: number
	) {}

	/** Parses every file; results keep the input order. Rejects if a worker fails. */
	async parseAll(
		files: readonly FileToParse[],
		onProgress: ProgressListener
	): Promise<ParsedFileResult[]> {
		const batches = splitIntoBatches(files);
		let done = 0;
		onProgress(0, files.length);
		const results = await Promise.all(
			batches.map(async (batch) => {
				const parsed = await this.#parseBatch(batch);
				done += batch.length;
				onProgress(done, files.length);
				return parsed;
			})
		);
		return results.flat();
	}

	/** Ends the workers; pending requests reject. */
	dispose(): void {
		for (const worker of this.#workers) worker?.terminate();
		this.#workers.length = 0;
		this.#rejectAll(new Error('The parser was stopped.'));
	}

	async #parseBatch(batch: readonly FileToParse[]): Promise<ParsedFileResult[]> {
		// One batch per task: starting to read a chosen file costs the main thread ~0.15 ms.
		const turn = this.#turn;
		this.#turn = turn.then(nextTask);
		await turn;
		const worker = this.#pickWorker();
		if (worker === null) return parseHere(batch);
		const buffers = await Promise.all(batch.map(({ contents }) => readBuffer(contents)));
		const requestId = this.#nextRequestId++;
		const files = batch.map(({ path }, index) => ({ path, contents: buffers[index]! }));
		return new Promise((resolve, reject) => {
			this.#pending.set(requestId, { resolve, reject });
			const request = { type: 'parse-batch', version: PROTOCOL_VERSION, requestId, files } as const;
			worker.postMessage(request, buffers);
		});
	}

	#pickWorker(): Worker | null {
		const slot = this.#nextWorker++ % this.poolSize;
		if (this.#workers[slot] === undefined) this.#workers[slot] = this.#startWorker(slot);
		return this.#workers[slot] ?? null;
	}

	#startWorker(slot: number): Worker | null {
		try {
			const worker = this.createWorker();
			worker.addEventListener('message', (event: MessageEvent<ParseWorkerReply>) =>
				this.#settle(event.data)
			);
			worker.addEventListener('error', (event: ErrorEvent) => {
				event.preventDefault();
				// A worker whose script failed would never answer again: replace it next time.
				worker.terminate();
				this.#workers[slot] = undefined;
				this.#rejectAll(new Error(`The parser stopped: ${event.message || 'unknown error'}`));
			});
			return worker;
		} catch {
			// CSP or an old browser refused the worker: parse on this thread instead.
			return null;
		}
	}

	#settle(reply: ParseWorkerReply): void {
		const pending = this.#pending.get(reply.requestId);
		if (pending === undefined) return; // answer to a disposed or failed request
		this.#pending.delete(reply.requestId);
		if (reply.type === 'batch-failed') {
			pending.reject(new Error(`The parser failed: ${reply.message}`));
			return;
		}
		pending.resolve(
			reply.files.map(({ path, buffer, summary }) => ({
				path,
				bytes: new Uint8Array(buffer),
				summary
			}))
		);
	}

	#rejectAll(error: Error): void {
		for (const pending of this.#pending.values()) pending.reject(error);
		this.#pending.clear();
	}
}

/** The no-worker fallback: one batch per macrotask, so input and paint get a turn in between. */
async function parseHere(batch: readonly FileToParse[]): Promise<ParsedFileResult[]> {
	const buffers = await Promise.all(batch.map(({ contents }) => readBuffer(contents)));
	return batch.map((file, index) => {
		const bytes = new Uint8Array(buffers[index]!);
		return { path: file.path, bytes, summary: summarizeFile(file.path, bytes) };
	});
}

/**
 * Resolves in a new macrotask, so input and paint get a turn in between. A MessageChannel, not
 * `setTimeout(0)`: nested timeouts are clamped to 4 ms, which added ~0.4 s over 100 batches.
 */
function nextTask(): Promise<void> {
	if (typeof MessageChannel === 'undefined')
		return new Promise((resolve) => setTimeout(resolve, 0));
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = () => {
			channel.port1.close();
			resolve();
		};
		channel.port2.postMessage(null);
	});
}

/** The contents as an ArrayBuffer that may be transferred away (restored bytes are ours). */
function readBuffer(contents: Blob | Uint8Array): Promise<ArrayBuffer> {
	if (contents instanceof Blob) return contents.arrayBuffer();
	const isWhole = contents.byteOffset === 0 && contents.byteLength === contents.buffer.byteLength;
	const buffer =
		isWhole && contents.buffer instanceof ArrayBuffer ? contents.buffer : contents.slice().buffer;
	return Promise.resolve(buffer);
}

/** The client the app uses: module workers from this folder, one per spare core (1-4). */
export function createParseClient(): ParseClient {
	const cores = typeof navigator === 'undefined' ? 2 : navigator.hardwareConcurrency || 2;
	const poolSize = Math.min(4, Math.max(1, cores - 1));
	return new ParseClient(
		() => new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' }),
		poolSize
	);
}
