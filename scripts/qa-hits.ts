/**
 * `npx tsx scripts/qa-hits.ts [FOLDER] [--sample N]`: how often each QA check fires on a folder
 * of sxs files (default ../shared/corpus), and with --sample, N evenly spaced hits per check with
 * source and translation, to read and judge by hand (the README's false-positive table).
 */
import { readFileSync } from 'node:fs';
import { expandPaths } from '../src/cli/read-files.ts';
import {
	CHECK_NAMES,
	checkFiles,
	parseSxsBytes,
	toFileId,
	toQaFile,
	type QaFile,
	type QaProblem
} from '../src/core/index.ts';

const args = process.argv.slice(2);
const sampleAt = args.indexOf('--sample');
const sample = sampleAt >= 0 ? Number(args[sampleAt + 1] ?? 20) : 0;
const folder =
	args.find((arg, i) => !arg.startsWith('--') && i !== sampleAt + 1) ?? '../shared/corpus';

const files: QaFile[] = [];
for (const path of await expandPaths([folder])) {
	const parsed = parseSxsBytes(new Uint8Array(readFileSync(path)));
	if (!parsed.ok) continue;
	files.push(toQaFile(toFileId(path), parsed.document));
}
const hits = new Map<string, { file: QaFile; problem: QaProblem }[]>();
checkFiles(files).forEach((result, i) => {
	const file = files[i];
	if (!file) return;
	for (const problem of result.problems) {
		const list = hits.get(problem.check) ?? [];
		list.push({ file, problem });
		hits.set(problem.check, list);
	}
});
const segments = files.reduce((sum, f) => sum + f.segments.length, 0);
console.log(`${files.length} files, ${segments} segments`);
for (const check of CHECK_NAMES) console.log(`${check.padEnd(26)} ${hits.get(check)?.length ?? 0}`);
for (const check of sample > 0 ? CHECK_NAMES : []) {
	const list = hits.get(check) ?? [];
	const step = Math.max(1, list.length / sample);
	console.log(`\n## ${check}`);
	for (let k = 0; k < Math.min(sample, list.length); k++) {
		const hit = list[Math.floor(k * step)];
		if (!hit) continue;
		const segment = hit.file.segments[hit.problem.segmentIndex];
		const { range } = hit.problem;
		console.log(`[${k + 1}] ${hit.file.file} ${hit.problem.segmentId}: ${hit.problem.message}`);
		if (range)
			console.log(`    at: ${JSON.stringify(segment?.translation.slice(range.start, range.end))}`);
		console.log(`    S: ${JSON.stringify(segment?.source)}`);
		console.log(`    T: ${JSON.stringify(segment?.translation)}`);
	}
}
