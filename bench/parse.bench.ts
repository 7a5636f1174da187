/**
 * `npm run bench`: parse + serialize throughput over ../shared/corpus, next to the physical limit
 * measured in the same run (TextDecoder + a plain indexOf scan for the segment sentinels over the
 * same bytes). A benchmark, not a test: it prints figures and targets and never fails on speed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { alignDocuments, parseSxs, parseSxsBytes, serializeSxs } from '../src/core/index.ts';
import { benchMerge } from './merge.bench-part.ts';
import { benchInterop } from './interop.bench-part.ts';
import { benchQa } from './qa.bench-part.ts';

const TARGET_RATIO = 0.5;
const ROUNDS = 15;

const corpus = resolve(process.argv[2] ?? '../shared/corpus');
const paths = listMarkdown(corpus);
const files = paths.map((path) => new Uint8Array(readFileSync(path)));
if (files.length === 0) {
	console.error(`bench: no *.md files under ${corpus} (pass a folder, default ../shared/corpus)`);
	process.exit(2);
}
const totalBytes = files.reduce((sum, bytes) => sum + bytes.length, 0);

const rawLimit = best(() => {
	const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
	let found = 0;
	for (const bytes of files) {
		const text = decoder.decode(bytes);
		for (const needle of [
			'<span data-ttu-id="',
			'</span><span class="sxs-lookup">',
			'</span></span>'
		]) {
			for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length))
				found++;
		}
	}
	return found;
});

const parse = best(() => {
	let segments = 0;
	for (const bytes of files) {
		const parsed = parseSxsBytes(bytes);
		if (parsed.ok) segments += parsed.document.segments.length;
	}
	return segments;
});

const parseAndSerialize = best(() => {
	let segments = 0;
	for (const bytes of files) {
		const parsed = parseSxsBytes(bytes);
		if (!parsed.ok) continue;
		segments += parsed.document.segments.length;
		serializeSxs(parsed.document, new Map());
	}
	return segments;
});

const mb = totalBytes / 1e6;
const rate = (ms: number) => mb / (ms / 1000);
const row = (name: string, ms: number, segments?: number) =>
	`${name.padEnd(28)} ${rate(ms).toFixed(0).padStart(6)} MB/s  ${ms.toFixed(1).padStart(7)} ms` +
	(segments === undefined
		? ''
		: `  ${Math.round(segments / (ms / 1000))
				.toLocaleString('en-US')
				.padStart(12)} segments/s`);

console.log(
	`corpus: ${files.length} files, ${mb.toFixed(2)} MB, ${parse.result.toLocaleString('en-US')} segments; best of ${ROUNDS} rounds`
);
console.log(row('raw limit (decode + indexOf)', rawLimit.ms));
console.log(row('parse', parse.ms, parse.result));
console.log(row('parse + serialize', parseAndSerialize.ms, parseAndSerialize.result));
const ratio = rate(parse.ms) / rate(rawLimit.ms);
console.log(
	`parse / raw limit: ${(ratio * 100).toFixed(0)}% (target >= ${TARGET_RATIO * 100}%) ${ratio >= TARGET_RATIO ? 'OK' : 'BELOW TARGET'}`
);

// Alignment of a nearly identical 5,000-segment document: the workbench aligns on every open.
const ALIGN_TARGET_MS = 100;
const sources = Array.from(
	{ length: 5000 },
	(_, i) => `Sentence ${i} explains step ${i % 37} of topic ${i % 11}.`
);
const edited = sources.map((source, i) => (i % 250 === 7 ? `${source} It was edited.` : source));
edited.splice(1000, 0, 'A new sentence.');
const toDocument = (list: string[], key: string) =>
	parseSxs(
		list
			.map(
				(s, i) =>
					`<span data-ttu-id="${key}-${101 + i}">x</span><span class="sxs-lookup"><span data-stu-id="${key}-${101 + i}">${s}</span></span>`
			)
			.join('\n')
	);
const [alignA, alignB] = [toDocument(sources, 'aaaaa'), toDocument(edited, 'bbbbb')];
const align = best(() => alignDocuments(alignA.segments, alignB.segments).pairs.length);
console.log(
	`align 5,000 segments          ${align.ms.toFixed(1).padStart(7)} ms  (target < ${ALIGN_TARGET_MS} ms) ${align.ms < ALIGN_TARGET_MS ? 'OK' : 'ABOVE TARGET'}`
);

benchMerge(corpus, best);
benchInterop(files, best);
benchQa(
	paths.map((path, i) => ({ path, bytes: files[i] ?? new Uint8Array() })),
	best
);

/** Runs `work` `rounds` times after a warm-up and keeps the fastest round: the least disturbed figure. */
function best<T>(work: () => T, rounds = ROUNDS): { ms: number; result: T } {
	let result = work();
	let fastest = Infinity;
	for (let round = 0; round < rounds; round++) {
		const start = performance.now();
		result = work();
		fastest = Math.min(fastest, performance.now() - start);
	}
	return { ms: fastest, result };
}

function listMarkdown(dir: string): string[] {
	return readdirSync(dir)
		.sort()
		.flatMap((name) => {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) return listMarkdown(path);
			return name.endsWith('.md') ? [path] : [];
		});
}
