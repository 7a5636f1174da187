import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { alignDocuments, type Alignment } from '../../../../src/core/align/align-documents.ts';
import type { Segment } from '../../../../src/core/model/types.ts';
import {
	buildSegments,
	numberedSegments,
	type SegmentSpec
} from '../../../helpers/segment-builder.ts';

// A small vocabulary so that generated documents repeat sources (the same heading twice), plus
// arbitrary text with odd whitespace. Inserted sentences use a disjoint prefix ("new:"), so the
// kept sentences are exactly the common subsequence the aligner has to find.
const sourceArb = fc.oneof(
	fc.constantFrom('Overview', 'Select **Save**.', 'Sign in to the admin center.', 'Next steps', ''),
	fc.string({ maxLength: 12 }).map((text) => `old: ${text}`)
);
const documentArb = fc.array(sourceArb, { maxLength: 40 });

function key(segment: Segment): string {
	return segment.source.replace(/\s+/g, ' ').trim();
}

/** No id/source pair may hold two different sources; pairs must never cross. */
function expectSoundPairs(
	a: readonly Segment[],
	b: readonly Segment[],
	alignment: Alignment
): void {
	const indexA = new Map(a.map((s, i) => [s.id, i]));
	const indexB = new Map(b.map((s, i) => [s.id, i]));
	let lastA = -1;
	let lastB = -1;
	for (const pair of alignment.pairs) {
		const i = indexA.get(pair.a) ?? -1;
		const j = indexB.get(pair.b) ?? -1;
		expect(i).toBeGreaterThan(lastA);
		expect(j).toBeGreaterThan(lastB);
		lastA = i;
		lastB = j;
		const left = a[i];
		const right = b[j];
		if (pair.match === 'changed' || left === undefined || right === undefined) continue;
		expect(key(right)).toBe(key(left));
		expect(pair.match).toBe(left.number === right.number ? 'id' : 'source');
	}
}

describe('alignDocuments (generated documents)', () => {
	it('pairs every segment of a document with itself as id', () => {
		fc.assert(
			fc.property(documentArb, (sources) => {
				const segments = numberedSegments('aaaaa', sources);
				const copy = numberedSegments('bbbbb', sources);
				expect(alignDocuments(segments, copy)).toEqual({
					pairs: segments.map((s, i) => ({ a: s.id, b: copy[i]?.id, match: 'id' })),
					onlyA: [],
					onlyB: []
				});
			})
		);
	});

	it('pairs every kept segment of an edited copy and never pairs different sources as equal', () => {
		const editArb = documentArb.chain((sources) =>
			fc.record({
				sources: fc.constant(sources),
				keep: fc.array(fc.boolean(), { minLength: sources.length, maxLength: sources.length }),
				// Before A's segment `at`, insert `text` (at = length: append).
				inserts: fc.array(
					fc.record({
						at: fc.integer({ min: 0, max: sources.length }),
						text: fc.string({ maxLength: 12 })
					}),
					{ maxLength: 8 }
				)
			})
		);
		fc.assert(
			fc.property(editArb, ({ sources, keep, inserts }) => {
				const edited: Array<{ source: string; isKept: boolean }> = [];
				for (let at = 0; at <= sources.length; at++) {
					for (const insert of inserts.filter((x) => x.at === at)) {
						edited.push({ source: `new: ${insert.text}`, isKept: false });
					}
					const source = sources[at];
					if (source !== undefined && keep[at] === true) edited.push({ source, isKept: true });
				}
				const a = numberedSegments('aaaaa', sources);
				// A new version: new prefix, and numbers follow the new positions.
				const b = numberedSegments(
					'bbbbb',
					edited.map((x) => x.source)
				);
				const alignment = alignDocuments(a, b);
				expectSoundPairs(a, b, alignment);

				const equalPartners = new Set(
					alignment.pairs.filter((p) => p.match !== 'changed').map((p) => p.b)
				);
				b.forEach((segment, j) => {
					expect(equalPartners.has(segment.id)).toBe(edited[j]?.isKept === true);
				});
			})
		);
	});

	it('pairs each merged p segment with exactly the run of sentences it covers', () => {
		const mergeArb = fc
			.array(fc.constantFrom('mail', 'files', 'users', 'billing', 'teams'), {
				minLength: 1,
				maxLength: 30
			})
			.chain((words) =>
				fc.record({
					// Distinct sentences: a real document does not repeat a sentence inside a merge.
					sources: fc.constant(words.map((word, i) => `Step ${i} is about ${word}.`)),
					runs: fc.array(fc.integer({ min: 1, max: 3 }), {
						minLength: words.length,
						maxLength: words.length
					})
				})
			);
		fc.assert(
			fc.property(mergeArb, ({ sources, runs }) => {
				// Cut A's sentences into runs; a run of 2 or more becomes one p segment in B.
				const specs: SegmentSpec[] = [];
				const expected: Array<{ a: string; b: string }> = [];
				let nextP = 101;
				for (let i = 0; i < sources.length;) {
					const length = Math.min(runs[i] ?? 1, sources.length - i);
					const number = length === 1 ? String(102 + i) : `p${nextP++}`;
					specs.push([number, sources.slice(i, i + length).join(' ')]);
					for (let k = i; k < i + length; k++)
						expected.push({ a: `aaaaa-${102 + k}`, b: `bbbbb-${number}` });
					i += length;
				}
				const a = numberedSegments('aaaaa', sources);
				const b = buildSegments('bbbbb', specs);
				const alignment = alignDocuments(a, b);
				expect(alignment.onlyA).toEqual([]);
				expect(alignment.onlyB).toEqual([]);
				expect(alignment.pairs.map(({ a: left, b: right }) => ({ a: left, b: right }))).toEqual(
					expected
				);
				expect(
					alignment.pairs.every((p) => p.match === (p.b.includes('-p') ? 'source' : 'id'))
				).toBe(true);
			})
		);
	});
});
