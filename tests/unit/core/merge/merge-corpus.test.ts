/**
 * Merge rules over every version pair of ../shared/corpus/versions (`<doc>.v1.md`, `<doc>.v2.md`):
 * a seeded generator plays a translator who edits v1 (half the segments, and most of those whose
 * source v2 changes or removes, some set to v2's own translation), and the merge onto v2 is checked
 * against expectations computed here from the sources alone, never from the aligner.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import {
	mergeVersions,
	parseSxs,
	type Segment,
	type SxsDocument,
	type VersionMerge
} from '../../../../src/core/index.ts';
import { corpusPath, describeCorpus, listCorpusFiles } from '../../../helpers/corpus.ts';
import { withEdits } from '../../../helpers/merge-builders.ts';

const SEED = 20260309;

/** mulberry32: a tiny seeded generator, so every run edits the same segments. */
function seeded(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const key = (segment: Segment): string => segment.source.replace(/\s+/g, ' ').trim();

function countBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, number> {
	const counts = new Map<string, number>();
	for (const item of items) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1);
	return counts;
}

/** The translator's edits of v1: by id, the new text. */
function simulateEdits(
	v1: SxsDocument,
	v2: SxsDocument,
	random: () => number
): Map<string, string> {
	const v2Keys = new Set(v2.segments.map(key));
	const edits = new Map<string, string>();
	v1.segments.forEach((segment, n) => {
		const isGone = !v2Keys.has(key(segment));
		if (random() >= (isGone ? 0.85 : 0.5)) return;
		const unique = v2.segments.filter((s) => key(s) === key(segment));
		const theirs = unique.length === 1 ? unique[0] : undefined;
		const useTheirs = theirs && theirs.translation !== segment.translation && random() < 0.3;
		edits.set(segment.id, useTheirs ? theirs.translation : `${segment.translation} ✎${n}`);
	});
	return edits;
}

/** The category each edited id of mine landed in; fails when one id lands in two. */
function categories(merge: VersionMerge): Map<string, string> {
	const byId = new Map<string, string>();
	const note = (id: string, category: string) => {
		const before = byId.get(id);
		expect(before === undefined || before === category, `${id}: ${before} and ${category}`).toBe(
			true
		);
		byId.set(id, category);
	};
	for (const p of merge.carried) note(p.mine, 'carried');
	for (const p of merge.same) note(p.mine, 'same');
	for (const c of merge.conflicts) note(c.mine, c.kind);
	for (const d of merge.dropped) note(d.id, 'dropped');
	for (const r of merge.refused) note(r.mine, 'refused');
	return byId;
}

/** Output segments equal v2's except the carried ones, and the bytes around them are v2's. */
function expectOnlyCarriedChanged(v2: SxsDocument, merge: VersionMerge): void {
	const out = parseSxs(merge.text);
	expect(out.segments.map((s) => [s.id, s.source])).toEqual(
		v2.segments.map((s) => [s.id, s.source])
	);
	let restored = '';
	let position = 0;
	out.segments.forEach((segment, i) => {
		const original = v2.segments[i]!;
		expect(segment.translation).toBe(merge.carriedEdits.get(segment.id) ?? original.translation);
		restored += merge.text.slice(position, segment.translationStart) + original.translation;
		position = segment.translationEnd;
	});
	expect(restored + merge.text.slice(position)).toBe(v2.text);
}

/** Edits per outcome over all pairs: the generator must reach every outcome, or the test proves little. */
const tally = new Map<string, number>();

describeCorpus('mergeVersions on the versions corpus', () => {
	const docs = listCorpusFiles('versions')
		.filter((name) => name.endsWith('.v1.md'))
		.map((name) => name.slice(0, -'.v1.md'.length));

	it('finds 29 version pairs', () => {
		expect(docs).toHaveLength(29);
	});

	it.each(docs)('%s: carries, reports or drops every edit and changes nothing else', (doc) => {
		const v1 = parseSxs(readFileSync(corpusPath('versions', `${doc}.v1.md`), 'utf8'));
		const v2 = parseSxs(readFileSync(corpusPath('versions', `${doc}.v2.md`), 'utf8'));
		const random = seeded(SEED + doc.length);
		const edits = simulateEdits(v1, v2, random);
		const result = mergeVersions(v1, withEdits(v1, Object.fromEntries(edits)), v2);
		if (!result.ok) throw new Error(result.error);
		const { merge } = result;
		const landed = categories(merge);
		for (const category of landed.values()) tally.set(category, (tally.get(category) ?? 0) + 1);
		expect([...landed.keys()].sort(), 'every edit has an outcome, and nothing else').toEqual(
			[...edits.keys()].sort()
		);
		expect(merge.refused).toEqual([]);

		const v1Counts = countBy(v1.segments, key);
		const v2Counts = countBy(v2.segments, key);
		const v2ById = new Map(v2.segments.map((s) => [s.id as string, s]));
		const outById = new Map(parseSxs(merge.text).segments.map((s) => [s.id as string, s]));
		for (const segment of v1.segments) {
			const mine = edits.get(segment.id);
			if (mine === undefined) continue;
			const k = key(segment);
			const category = landed.get(segment.id);
			if (v1Counts.get(k) === 1 && v2Counts.get(k) === 1) {
				// An unchanged sentence, once in each version: its one partner is known without the aligner.
				const partner = v2.segments.find((s) => key(s) === k)!;
				const expected =
					partner.translation === mine
						? 'same'
						: partner.translation === segment.translation
							? 'carried'
							: 'both-changed';
				expect(category, `${segment.id} → ${partner.id}`).toBe(expected);
				if (expected === 'carried') {
					expect(merge.carried).toContainEqual({ mine: segment.id, theirs: partner.id });
					expect(outById.get(partner.id)?.translation).toBe(mine);
				}
			} else if (!v2Counts.has(k) && !v2.segments.some((s) => s.isMerged && key(s).includes(k))) {
				// The sentence is gone from v2 (edited or removed): never carried.
				expect(['source-changed', 'dropped'], segment.id).toContain(category);
			}
		}
		for (const pair of merge.carried) {
			const mine = v1.segments.find((s) => s.id === pair.mine)!;
			const theirs = v2ById.get(pair.theirs)!;
			// Carried only to the same sentence, or into a p segment that covers it.
			if (theirs.isMerged && key(theirs) !== key(mine)) expect(key(theirs)).toContain(key(mine));
			else expect(key(theirs)).toBe(key(mine));
			expect(outById.get(theirs.id)?.translation).toContain(edits.get(mine.id));
		}
		expectOnlyCarriedChanged(v2, merge);
	});

	it('reached every outcome across the pairs', () => {
		for (const category of ['carried', 'same', 'both-changed', 'source-changed', 'dropped']) {
			expect(tally.get(category) ?? 0, category).toBeGreaterThan(0);
		}
	});
});
