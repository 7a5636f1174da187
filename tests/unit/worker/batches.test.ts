import { describe, expect, it } from 'vitest';
import { splitIntoBatches } from '../../../src/worker/batches.ts';

function file(path: string, size: number) {
	return { path, contents: new Uint8Array(size) };
}

describe('splitIntoBatches', () => {
	it('keeps every file once, in order', () => {
		const files = Array.from({ length: 500 }, (_, i) => file(`f${i}.md`, 1000));
		const batches = splitIntoBatches(files);
		expect(batches.flat().map((f) => f.path)).toEqual(files.map((f) => f.path));
		expect(batches.length).toBeGreaterThan(1);
		expect(batches.length).toBeLessThan(files.length / 10);
	});

	it('never reads a file size (a synchronous disk check for chosen files)', () => {
		const files = Array.from({ length: 40 }, (_, i) => ({
			path: `f${i}`,
			get contents(): Blob {
				return {
					get size(): number {
						throw new Error('size was read');
					}
				} as Blob;
			}
		}));
		expect(splitIntoBatches(files).flat()).toHaveLength(40);
	});

	it('returns no batch for no files', () => {
		expect(splitIntoBatches([])).toEqual([]);
	});
});
