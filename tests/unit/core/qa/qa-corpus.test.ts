import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { expandPaths } from '../../../../src/cli/read-files.ts';
import { parseSxsBytes, toFileId, toQaFile } from '../../../../src/core/index.ts';
import { checkFiles } from '../../../../src/core/qa/check-files.ts';
import { CHECK_NAMES } from '../../../../src/core/qa/problem.ts';
import type { QaFile } from '../../../../src/core/qa/qa-file.ts';
import { corpusPath, describeCorpus } from '../../../helpers/corpus.ts';

describeCorpus('QA checks over ../shared/corpus', () => {
	it('run over every file without throwing and report well-formed problems', async () => {
		const files: QaFile[] = [];
		for (const path of await expandPaths([corpusPath()])) {
			const parsed = parseSxsBytes(new Uint8Array(readFileSync(path)));
			if (!parsed.ok) continue;
			files.push(toQaFile(toFileId(path), parsed.document));
		}
		expect(files.length).toBeGreaterThan(400);
		const results = checkFiles(files);
		const names = new Set<string>(CHECK_NAMES);
		const seen = new Set<string>();
		results.forEach((result, i) => {
			const segments = files[i]?.segments ?? [];
			for (const problem of result.problems) {
				const segment = segments[problem.segmentIndex];
				expect(segment?.id).toBe(problem.segmentId);
				expect(names.has(problem.check)).toBe(true);
				seen.add(problem.check);
				if (problem.range) {
					expect(problem.range.start).toBeGreaterThanOrEqual(0);
					expect(problem.range.end).toBeLessThanOrEqual(segment?.translation.length ?? 0);
				}
			}
		});
		// The corpus is machine-translated: most checks find something in it.
		expect(seen.size).toBeGreaterThanOrEqual(10);
	});
});
