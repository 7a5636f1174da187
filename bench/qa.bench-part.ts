/**
 * Issue 10 figures for `npm run bench`: all QA checks over 100,000 segments synthesised from the
 * corpus (target < 1 s), and search over them (target < 100 ms), plus the other review functions
 * for information. Copies of the corpus files become more files, as a big workspace would hold.
 */
import { availableParallelism, loadavg } from 'node:os';
import {
	buildMatchIndex,
	buildSearchIndex,
	checkFiles,
	countFileWords,
	createWordCounter,
	findConcordance,
	findMatches,
	localeFromPath,
	parseSxsBytes,
	searchSegments,
	toFileId,
	type QaFile,
	type ReviewFile,
	type SearchQuery,
	type SxsDocument
} from '../src/core/index.ts';

const SEGMENTS = 100_000;
const CHECK_TARGET_MS = 1000;
const SEARCH_TARGET_MS = 100;

/** Runs the figures over `files` (path and bytes) and prints them; `best` runs a timed round. */
export function benchQa(
	files: readonly { path: string; bytes: Uint8Array }[],
	best: <T>(work: () => T, rounds?: number) => { ms: number; result: T }
): void {
	const documents = files.flatMap(({ path, bytes }) => {
		const parsed = parseSxsBytes(bytes);
		return parsed.ok && parsed.document.segments.length > 0
			? [{ path, document: parsed.document }]
			: [];
	});
	const qaFiles = synthesise(documents);
	const segments = qaFiles.reduce((sum, f) => sum + f.file.segments.length, 0);
	console.log(
		`\nQA and review over ${segments.toLocaleString('en-US')} segments in ${qaFiles.length} files (corpus copies); load average ${loadavg()[0]?.toFixed(1) ?? '?'} on ${availableParallelism()} cores`
	);
	const checks = best(() => checkFiles(qaFiles.map((f) => f.file)), 3);
	const problems = checks.result.reduce((sum, f) => sum + f.problems.length, 0);
	// CPU time of one more run: on a shared machine it says more than the wall clock.
	const cpuStart = process.cpuUsage();
	checkFiles(qaFiles.map((f) => f.file));
	const cpuMs = process.cpuUsage(cpuStart).user / 1000;
	line(`all checks (${problems.toLocaleString('en-US')} problems)`, checks.ms, CHECK_TARGET_MS);
	line('all checks, CPU time of one run', cpuMs, CHECK_TARGET_MS);

	const review: ReviewFile[] = qaFiles.map((f) => ({
		file: f.file.file,
		segments: f.document.segments,
		edits: new Map()
	}));
	const index = best(() => buildSearchIndex(review), 3);
	line('build search index', index.ms);
	const queries: [string, SearchQuery][] = [
		[
			'search "Datei", any case',
			{ text: 'Datei', isRegex: false, matchCase: false, wholeWord: false }
		],
		['search "the", whole word', { text: 'the', isRegex: false, matchCase: true, wholeWord: true }],
		[
			'search regex \\d+ GB',
			{ text: '\\d+\\s?GB', isRegex: true, matchCase: false, wholeWord: false }
		],
		['search "zzzz" (no hit)', { text: 'zzzz', isRegex: false, matchCase: false, wholeWord: false }]
	];
	for (const [name, query] of queries) {
		const search = best(() => searchSegments(index.result, query, ['translation', 'source']));
		const hits = search.result.ok ? search.result.hits.length : 0;
		line(`${name} (${hits.toLocaleString('en-US')} hits)`, search.ms, SEARCH_TARGET_MS);
	}
	const concordance = best(() => findConcordance(index.result, queries[0]![1]));
	line('concordance "Datei"', concordance.ms, SEARCH_TARGET_MS);
	const matchIndex = best(() => buildMatchIndex(review), 3);
	line('build match index', matchIndex.ms);
	// A real sentence of the corpus; its copies in the other corpus copies are its matches.
	const probe =
		review.flatMap((f) => f.segments).find((s) => s.source.split(' ').length >= 8)?.source ?? '';
	const matches = best(() => findMatches(matchIndex.result, probe));
	line(`fuzzy matches of one segment (${matches.result.length})`, matches.ms);
	// One counter per locale, shared by the files, as the app would keep them.
	const counters = new Map<string | null, (text: string) => number>();
	const counterOf = (locale: string | null): ((text: string) => number) => {
		const counter = counters.get(locale) ?? createWordCounter(locale);
		counters.set(locale, counter);
		return counter;
	};
	const english = createWordCounter('en');
	const words = best(
		() =>
			qaFiles.map((f) =>
				countFileWords(f.file.segments, f.file.locale, 'MT', {
					source: english,
					target: counterOf(f.file.locale)
				})
			),
		1
	);
	line('word counts (Intl.Segmenter)', words.ms);
}

function synthesise(
	documents: readonly { path: string; document: SxsDocument }[]
): { file: QaFile; document: SxsDocument }[] {
	const out: { file: QaFile; document: SxsDocument }[] = [];
	let total = 0;
	for (let copy = 0; total < SEGMENTS; copy++) {
		for (const { path, document } of documents) {
			if (total >= SEGMENTS) break;
			const segments = document.segments.slice(0, SEGMENTS - total);
			const locale = document.frontMatter?.contentLocale ?? localeFromPath(path);
			const trimmed = { ...document, segments };
			out.push({
				file: { file: toFileId(`${copy}/${path}`), locale, segments },
				document: trimmed
			});
			total += segments.length;
		}
	}
	return out;
}

function line(name: string, ms: number, target?: number): void {
	const verdict =
		target === undefined ? '' : `  (target < ${target} ms) ${ms < target ? 'OK' : 'ABOVE TARGET'}`;
	console.log(`${name.padEnd(44)} ${ms.toFixed(1).padStart(8)} ms${verdict}`);
}
