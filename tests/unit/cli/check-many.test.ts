import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { WORKER_MIN_FILES } from '../../../src/cli/file-pipeline.ts';
import { buildBin, runProcess } from '../../helpers/cli-run.ts';
import { segmentMarkup } from '../../helpers/sxs-builders.ts';

beforeAll(buildBin, 120_000);
vi.setConfig({ testTimeout: 60_000 });

// More files than the pipeline's worker threshold, so --jobs really uses worker threads. Every
// file has a lost link (a per-file problem); one source is translated two ways across files (a
// cross-file problem, which needs the segments of files checked in other threads).
const FILES = WORKER_MIN_FILES + 50;
const dir = mkdtempSync(join(tmpdir(), 'locdiff-check-many-'));
const tree = join(dir, 'de-de');
for (let i = 0; i < FILES; i++) {
	const folder = join(tree, String(Math.floor(i / 100)).padStart(2, '0'));
	mkdirSync(folder, { recursive: true });
	const translation = i % 3 === 0 ? 'Öffnen Sie die Datei.' : 'Datei öffnen.';
	writeFileSync(
		join(folder, `f${String(i).padStart(4, '0')}.md`),
		[
			segmentMarkup(
				`abcde-${100 + i}`,
				`Siehe [Hilfe](https://example.com/${i}).`,
				`See [help](https://example.org/${i}).`
			),
			segmentMarkup(`abcde-${5000 + i}`, translation, 'Open the file.')
		].join('\n') + '\n'
	);
}

describe('locdiff check --jobs over more files than the worker threshold', () => {
	it('lists the same problems, in path order, with 1 and 3 threads, cross-file checks included', () => {
		const [one, three] = ['1', '3'].map((jobs) =>
			runProcess('node bin/locdiff.mjs', ['check', '--jobs', jobs, tree], {
				...process.env,
				NO_COLOR: '1'
			})
		);
		expect(three).toEqual(one);
		expect(one?.code).toBe(1);
		const lines = one?.stdout.trimEnd().split('\n') ?? [];
		expect(lines.at(-1)).toMatch(
			new RegExp(
				`^check: ${FILES.toLocaleString('en-US')} files, ${(2 * FILES).toLocaleString('en-US')} segments, \\d[\\d,]* problems \\(${FILES.toLocaleString('en-US')} errors\\)$`
			)
		);
		const linkErrors = lines.filter((line) => / error link-url abcde-/.test(line));
		expect(linkErrors).toHaveLength(FILES);
		// In path order: the files' names are numbered, so sorting must not change the list.
		const files = linkErrors.map((line) => line.slice(0, line.indexOf(':')));
		expect(files).toEqual([...files].sort());
		const inconsistent = lines.filter((line) => / inconsistent-translation /.test(line));
		expect(inconsistent).toHaveLength(Math.ceil(FILES / 3));
	});
});
