/**
 * Part of `npm run bench`: three-way merges (issue 9). Every version pair of the corpus with a
 * translator's edits on v1, and a synthesised 20,000-segment file regenerated with new ids, 1% of
 * its sentences edited, some inserted and some removed (target: well under a second).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mergeVersions, parseSxs, serializeSxs, type SxsDocument } from '../src/core/index.ts';

const BIG_SEGMENTS = 20_000;
const BIG_TARGET_MS = 500;

type Best = <T>(work: () => T) => { ms: number; result: T };

/** Prints the merge figures; `best` is the bench's timing helper (fastest of several rounds). */
export function benchMerge(corpus: string, best: Best): void {
	const versions = join(corpus, 'versions');
	if (existsSync(versions)) {
		const triples = readdirSync(versions)
			.filter((name) => name.endsWith('.v1.md'))
			.map((name) => {
				const base = parseSxs(readFileSync(join(versions, name), 'utf8'));
				const theirs = parseSxs(
					readFileSync(join(versions, name.replace(/\.v1\.md$/, '.v2.md')), 'utf8')
				);
				return { base, mine: editEvery(base, 2), theirs };
			});
		const all = best(
			() => triples.filter((t) => mergeVersions(t.base, t.mine, t.theirs).ok).length
		);
		const segments = triples.reduce((sum, t) => sum + t.base.segments.length, 0);
		console.log(
			`merge ${all.result} version pairs        ${all.ms.toFixed(1).padStart(7)} ms  (${segments.toLocaleString('en-US')} segments of v1, half edited)`
		);
	}
	const base = synthesise(
		'aaaaa',
		(i) => `Sentence ${i} explains step ${i % 37} of topic ${i % 11}.`
	);
	const theirsSources: string[] = [];
	for (let i = 0; i < BIG_SEGMENTS; i++) {
		if (i % 500 === 250) continue; // removed
		if (i % 400 === 3) theirsSources.push(`A new sentence before ${i}.`);
		const source = `Sentence ${i} explains step ${i % 37} of topic ${i % 11}.`;
		theirsSources.push(i % 100 === 40 ? `${source} It was edited.` : source);
	}
	const theirs = synthesise('bbbbb', (i) => theirsSources[i] ?? '', theirsSources.length);
	const mine = editEvery(base, 10);
	const big = best(() => mergeVersions(base, mine, theirs));
	const counts = big.result.ok
		? `${big.result.merge.carried.length} carried, ${big.result.merge.conflicts.length} conflicts`
		: big.result.error;
	console.log(
		`merge 20,000 segments         ${big.ms.toFixed(1).padStart(7)} ms  (target < ${BIG_TARGET_MS} ms) ${big.ms < BIG_TARGET_MS ? 'OK' : 'ABOVE TARGET'}; ${counts}`
	);
}

/** A file of `count` segments with the given sources and translations `T<i>`. */
function synthesise(
	key: string,
	sourceAt: (i: number) => string,
	count = BIG_SEGMENTS
): SxsDocument {
	const parts: string[] = [];
	for (let i = 0; i < count; i++) {
		const id = `${key}-${101 + i}`;
		const source = sourceAt(i);
		parts.push(
			`<span data-ttu-id="${id}">T ${source}</span><span class="sxs-lookup"><span data-stu-id="${id}">${source}</span></span>`
		);
	}
	return parseSxs(`${parts.join('\n\n')}\n`);
}

/** `document` with every `step`-th translation edited. */
function editEvery(document: SxsDocument, step: number): SxsDocument {
	const edits = new Map(
		document.segments
			.filter((_, i) => i % step === 0)
			.map((s) => [s.id as string, `${s.translation} ✎`])
	);
	return parseSxs(serializeSxs(document, edits).text);
}
