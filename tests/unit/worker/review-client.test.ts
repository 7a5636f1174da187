import { describe, expect, it } from 'vitest';
import { ReviewClient } from '../../../src/worker/review-client.ts';
import { segmentMarkup } from '../../helpers/sxs-builders.ts';

/** A worker that takes messages and never answers, until the test makes it crash. */
class SilentWorker {
	onmessage: ((event: MessageEvent) => void) | null = null;
	onerror: ((event: ErrorEvent) => void) | null = null;
	readonly posted: unknown[] = [];
	postMessage(message: unknown): void {
		this.posted.push(message);
	}
	terminate(): void {}
	crash(): void {
		this.onerror?.({} as ErrorEvent);
	}
}

const SOURCE = 'Close every window before you restart.';
const bytes = (key: string, translation: string) =>
	new TextEncoder().encode(segmentMarkup(`${key}-101`, translation, SOURCE));

describe('ReviewClient', () => {
	it('answers pending lookups on this thread when the worker crashes, with every file and edit', async () => {
		const worker = new SilentWorker();
		const client = new ReviewClient(() => worker as unknown as Worker);
		const edits = new Map<string, string>();
		for (const [fileId, key] of [
			['a.md', 'aaaaa'],
			['b.md', 'bbbbb']
		] as const)
			client.change({
				type: 'set-file',
				file: { fileId, path: fileId, locale: 'de-DE', bytes: bytes(key, 'Alt.'), edits }
			});
		client.change({
			type: 'edit-segments',
			fileId: 'b.md',
			texts: new Map([['bbbbb-101', 'Neu.']])
		});
		const pending = client.findMatches(
			{ source: SOURCE, targetLocale: 'de-DE', fileId: 'a.md', segmentId: 'aaaaa-101' },
			3
		);
		expect(worker.posted).toHaveLength(4);
		worker.crash();
		await expect(pending).resolves.toMatchObject([{ path: 'b.md', translation: 'Neu.' }]);
		// From now on everything runs here.
		const answer = await client.concordance(
			{ text: 'neu', isRegex: false, matchCase: false, wholeWord: false },
			['translation'],
			10
		);
		expect(answer.ok && answer.hits.map((hit) => hit.path)).toEqual(['b.md']);
		expect(worker.posted).toHaveLength(4);
	});

	it('runs on this thread from the start without a worker', async () => {
		const client = new ReviewClient(null);
		const file = {
			fileId: 'a.md',
			path: 'a.md',
			locale: null,
			bytes: bytes('aaaaa', 'Eins.'),
			edits: new Map()
		};
		client.change({ type: 'set-file', file });
		const answer = await client.concordance(
			{ text: 'Eins', isRegex: false, matchCase: true, wholeWord: false },
			['source', 'translation'],
			10
		);
		expect(answer.ok && answer.segmentCount).toBe(1);
	});
});
