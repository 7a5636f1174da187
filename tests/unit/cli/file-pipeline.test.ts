import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runFileTask } from '../../../src/cli/file-pipeline.ts';
import type { FileResult, FileTask } from '../../../src/cli/file-task.ts';
import { formatCount } from '../../../src/cli/format-count.ts';
import { mapOrdered } from '../../../src/cli/ordered-window.ts';
import { firstDifference } from '../../../src/cli/roundtrip-task.ts';

describe('mapOrdered', () => {
	it('emits results in input order with at most `limit` in flight, whatever the delays', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.array(fc.nat(5), { maxLength: 40 }),
				fc.integer({ min: 1, max: 8 }),
				async (delays, limit) => {
					let inFlight = 0;
					let peak = 0;
					const out: number[] = [];
					const work = async (index: number) => {
						peak = Math.max(peak, ++inFlight);
						await new Promise((resolve) => setTimeout(resolve, delays[index]));
						inFlight--;
						return index;
					};
					await mapOrdered(delays.keys(), limit, work, (index) => void out.push(index));
					expect(out).toEqual([...delays.keys()]);
					expect(peak).toBeLessThanOrEqual(limit);
				}
			),
			{ seed: 12, numRuns: 40 }
		);
	});
});

describe('runFileTask (in this thread)', () => {
	const dir = mkdtempSync(join(tmpdir(), 'locdiff-pipeline-'));
	const paths = Array.from({ length: 50 }, (_, i) => join(dir, `f${i}.md`));
	// Sizes vary so that reads finish out of order.
	paths.forEach((path, i) => writeFileSync(path, 'x'.repeat(((i * 7919) % 50) * 1000)));
	const lengthTask: FileTask<{ readonly add: number }, number> = {
		name: 'test-length',
		run: (_path, bytes, options) => ({ ok: true, value: bytes.length + options.add })
	};
	const output = { stdout() {}, stderr() {} };

	it('hands the results over in the order of the paths, with the task’s options', async () => {
		const results: FileResult<number>[] = [];
		await runFileTask(output, 'test', lengthTask, { add: 1 }, paths, (r) => void results.push(r));
		expect(results.map((r) => r.path)).toEqual(paths);
		expect(results.map((r) => (r.ok ? r.value : -1))).toEqual(
			paths.map((_, i) => ((i * 7919) % 50) * 1000 + 1)
		);
	});

	it('turns a read error into that file’s result and goes on', async () => {
		const results: FileResult<number>[] = [];
		const missing = join(dir, 'missing.md');
		await runFileTask(
			output,
			'test',
			lengthTask,
			{ add: 0 },
			[paths[0]!, missing, paths[1]!],
			(r) => void results.push(r)
		);
		expect(results).toEqual([
			expect.objectContaining({ path: paths[0], ok: true }),
			{ path: missing, ok: false, reason: 'no such file' },
			expect.objectContaining({ path: paths[1], ok: true })
		]);
	});
});

describe('firstDifference', () => {
	const bytes = (text: string) => new TextEncoder().encode(text);

	it('is -1 for equal bytes and the index of the first difference otherwise', () => {
		expect(firstDifference(bytes('same'), bytes('same'))).toBe(-1);
		expect(firstDifference(bytes('abcd'), bytes('abXd'))).toBe(2);
		expect(firstDifference(bytes('abc'), bytes('abcdef'))).toBe(3);
	});

	it('finds a difference far into a long file, past the first native block', () => {
		const a = new Uint8Array(20_000).fill(65);
		const b = a.slice();
		b[12_345] = 66;
		expect(firstDifference(a, b)).toBe(12_345);
		expect(firstDifference(a.subarray(100), b.subarray(100))).toBe(12_245);
	});
});

describe('formatCount', () => {
	it('writes numbers as toLocaleString("en-US") does', () => {
		fc.assert(
			fc.property(fc.nat(), (value) => formatCount(value) === value.toLocaleString('en-US')),
			{ seed: 3, numRuns: 200 }
		);
	});
});
