import { describe, expect, it } from 'vitest';
import { checkTokens, type TokenPair } from '../../../src/core/index.ts';
import { QaClient } from '../../../src/worker/qa-client.ts';
import { QaHandler } from '../../../src/worker/qa-handler.ts';
import type { QaWorkerRequest } from '../../../src/worker/qa-protocol.ts';
import { fullChecks, sparseChecks } from '../../../src/worker/sparse-checks.ts';
import { KEPT_FILES, TokenCheckCache } from '../../../src/worker/token-check-cache.ts';

const GOOD: TokenPair = { source: 'Run `npm ci`.', translation: 'Führen Sie `npm ci` aus.' };
const BAD: TokenPair = { source: 'Run `npm ci`.', translation: 'Führen Sie npm ci aus.' };

/** `count` pairs, the ones at `badAt` missing their code token. */
function pairsOf(count: number, badAt: readonly number[] = []): TokenPair[] {
	return Array.from({ length: count }, (_, index) => (badAt.includes(index) ? BAD : GOOD));
}

const problemIndexes = (checks: readonly { problems: readonly unknown[] }[] | null) =>
	checks?.flatMap((check, index) => (check.problems.length > 0 ? [index] : [])) ?? null;

/** The real QA handler behind a worker interface, answering in a later microtask. */
class HandlerWorker {
	onmessage: ((event: MessageEvent) => void) | null = null;
	onerror: ((event: ErrorEvent) => void) | null = null;
	readonly posted: QaWorkerRequest[] = [];
	readonly handler = new QaHandler();
	postMessage(request: QaWorkerRequest): void {
		this.posted.push(request);
		const reply = this.handler.answer(request);
		if (reply !== null) queueMicrotask(() => this.onmessage?.({ data: reply } as MessageEvent));
	}
	terminate(): void {}
	/** Forgets every file, as a worker that evicted them would. */
	forget(): void {
		(this as { handler: QaHandler }).handler = new QaHandler();
	}
}

describe('sparse checks', () => {
	it('send only the checks with problems and restore all of them in order', () => {
		const checks = pairsOf(3, [1, 2]).map((pair) => checkTokens(pair.source, pair.translation));
		const sparse = sparseChecks(checks);
		expect(sparse.withProblems.map(([index]) => index)).toEqual([1, 2]);
		expect(fullChecks(sparse)).toEqual(checks);
	});
});

describe('TokenCheckCache', () => {
	it('checks a file received in parts, then applies changed pairs', () => {
		const cache = new TokenCheckCache();
		const pairs = pairsOf(5, [3]);
		cache.receive('f', 5, 0, pairs.slice(0, 2));
		expect(cache.check('f', [])).toBeNull(); // parts missing
		cache.receive('f', 5, 2, pairs.slice(2));
		expect(problemIndexes(fullChecks(cache.check('f', [])!))).toEqual([3]);
		const fixed = cache.check('f', [
			[3, GOOD],
			[0, BAD]
		]);
		expect(problemIndexes(fullChecks(fixed!))).toEqual([0]);
	});

	it(`keeps the last ${KEPT_FILES} files and asks for the others again`, () => {
		const cache = new TokenCheckCache();
		for (let file = 0; file <= KEPT_FILES; file++) cache.receive(`f${file}`, 1, 0, [GOOD]);
		expect(cache.check('f0', [])).toBeNull();
		expect(cache.check(`f${KEPT_FILES}`, [])).not.toBeNull();
		expect(cache.check('f1', [[5, GOOD]])).toBeNull(); // no such pair
	});
});

describe('QaClient token checks', () => {
	it('sends a big file once in parts, then only the changed pair', async () => {
		const worker = new HandlerWorker();
		const client = new QaClient(() => worker as unknown as Worker);
		const pairs = pairsOf(12_000, [7, 11_999]);
		expect(problemIndexes(await client.checkFile('big', pairs))).toEqual([7, 11_999]);
		const parts = worker.posted.filter((request) => request.type === 'token-pairs');
		expect(parts.map((part) => part.type === 'token-pairs' && part.start)).toEqual([
			0, 5000, 10_000
		]);

		worker.posted.length = 0;
		const edited = pairs.map((pair, index) => (index === 7 ? GOOD : pair));
		expect(problemIndexes(await client.checkFile('big', edited))).toEqual([11_999]);
		expect(worker.posted).toHaveLength(1);
		expect(worker.posted[0]).toMatchObject({ type: 'check-tokens', changes: [[7, GOOD]] });
	});

	it('sends every pair again when the worker no longer holds the file', async () => {
		const worker = new HandlerWorker();
		const client = new QaClient(() => worker as unknown as Worker);
		await client.checkFile('f', pairsOf(3));
		worker.forget();
		expect(problemIndexes(await client.checkFile('f', pairsOf(3, [2])))).toEqual([2]);
	});

	it('checks a file with no segments, twice (the worker holds it from one empty part)', async () => {
		const worker = new HandlerWorker();
		const client = new QaClient(() => worker as unknown as Worker);
		expect(await client.checkFile('empty', [])).toEqual([]);
		expect(await client.checkFile('empty', [])).toEqual([]);
		expect(worker.posted.filter((request) => request.type === 'check-tokens')).toHaveLength(2);
	});

	it('checks here when the worker still lacks the pairs after sending them again', async () => {
		const worker = new HandlerWorker();
		const client = new QaClient(() => worker as unknown as Worker);
		// A worker that drops every part: it can never hold the file.
		const answer = worker.handler.answer.bind(worker.handler);
		worker.handler.answer = (request) => (request.type === 'token-pairs' ? null : answer(request));
		expect(problemIndexes(await client.checkFile('f', pairsOf(3, [1])))).toEqual([1]);
		expect(worker.posted.filter((request) => request.type === 'check-tokens')).toHaveLength(2);
	});

	it('answers a request superseded while its parts are sent with null', async () => {
		const worker = new HandlerWorker();
		const client = new QaClient(() => worker as unknown as Worker);
		const first = client.checkFile('big', pairsOf(12_000, [1]));
		const second = client.checkFile('big', pairsOf(12_000, [2]));
		expect(await first).toBeNull();
		expect(problemIndexes(await second)).toEqual([2]);
	});
});
