/**
 * Main-thread side of the interchange worker. Every call is a promise of the worker's answer.
 * If the worker cannot start, the same handler runs on this thread (slower for a big TMX, but
 * it works); if it crashes, the pending calls fail with a message and the next call starts a
 * new worker, into which the loaded memories are indexed again first.
 */
import { createInteropHandler, transferablesOf, type InteropHandler } from './interop-handler.ts';
import {
	INTEROP_PROTOCOL_VERSION,
	type InteropAnswer,
	type InteropCall,
	type InteropReply
} from './interop-protocol.ts';

export type { InteropAnswer, InteropCall, WorkspaceFileData } from './interop-protocol.ts';

/** What the state layer needs of the interchange worker (tests use the in-thread one). */
export interface InteropRunner {
	run(call: InteropCall): Promise<InteropAnswer>;
}

export class InteropClient implements InteropRunner {
	#worker: Worker | null = null;
	#local: InteropHandler | null = null;
	readonly #createWorker: (() => Worker) | null;
	readonly #pending = new Map<number, (answer: InteropAnswer) => void>();
	/** The memories indexed in the worker, to index again in a new one after a crash. */
	readonly #memories = new Map<string, Uint8Array>();
	#nextRequestId = 1;

	/** `createWorker` starts the worker (null: run every call on this thread). */
	constructor(createWorker: (() => Worker) | null) {
		this.#createWorker = createWorker;
	}

	/**
	 * Runs a call in the worker. The bytes of an `import-tmx` or `load-memory` call are handed
	 * over (transferred), so the caller must not use them afterwards; a loaded memory's bytes
	 * are kept here (copied first) for a restart after a crash.
	 */
	run(call: InteropCall): Promise<InteropAnswer> {
		if (call.type === 'load-memory') this.#memories.set(call.memoryId, call.packed.slice());
		const answer = this.#post(call);
		return answer.then((result) => {
			this.#remember(call, result);
			return result;
		});
	}

	#post(call: InteropCall): Promise<InteropAnswer> {
		const worker = this.#startWorker();
		if (worker === null) {
			this.#local ??= createInteropHandler();
			try {
				return Promise.resolve(this.#local(call));
			} catch (error: unknown) {
				return Promise.resolve({ type: 'failed', message: messageOf(error) });
			}
		}
		const requestId = this.#nextRequestId++;
		return new Promise((resolve) => {
			this.#pending.set(requestId, resolve);
			const request = { ...call, version: INTEROP_PROTOCOL_VERSION, requestId };
			worker.postMessage(request, { transfer: transferablesOf(call) });
		});
	}

	/** Keeps the packed memories the worker holds, so a new worker can be given them again. */
	#remember(call: InteropCall, answer: InteropAnswer): void {
		if (call.type === 'import-tmx' && answer.type === 'imported-tmx')
			this.#memories.set(call.memoryId, answer.packed.slice());
		else if (call.type === 'load-memory' && answer.type !== 'done')
			this.#memories.delete(call.memoryId);
		else if (call.type === 'drop-memory') this.#memories.delete(call.memoryId);
	}

	#startWorker(): Worker | null {
		if (this.#worker) return this.#worker;
		if (this.#createWorker === null) return null;
		try {
			const worker = this.#createWorker();
			worker.onmessage = (event: MessageEvent<InteropReply>) => {
				const resolve = this.#pending.get(event.data.requestId);
				this.#pending.delete(event.data.requestId);
				resolve?.(event.data);
			};
			worker.onerror = () => this.#crashed();
			this.#worker = worker;
			// A new worker after a crash: index the memories again before anything else.
			for (const [memoryId, packed] of this.#memories) {
				const requestId = this.#nextRequestId++;
				const load = { type: 'load-memory', memoryId, packed: packed.slice() } as const;
				worker.postMessage(
					{ ...load, version: INTEROP_PROTOCOL_VERSION, requestId },
					{ transfer: transferablesOf(load) }
				);
			}
			return worker;
		} catch (error: unknown) {
			console.warn('Interchange worker unavailable, working on the main thread', error);
			return null;
		}
	}

	#crashed(): void {
		this.#worker?.terminate();
		this.#worker = null;
		for (const resolve of this.#pending.values())
			resolve({ type: 'failed', message: 'The interchange worker stopped (out of memory?).' });
		this.#pending.clear();
	}
}

function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

/** The client on the real worker entry. */
export function createInteropClient(): InteropClient {
	return new InteropClient(
		() => new Worker(new URL('./interop.worker.ts', import.meta.url), { type: 'module' })
	);
}
