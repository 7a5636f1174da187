/**
 * The two laws of a three-way merge, over generated sxs files (the awkward parts included:
 * nested and stray spans, entities, CRLF, BOM, no final newline): with no edits of mine the result
 * is theirs, and onto an unchanged version the result is mine, byte for byte.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeVersions, parseSxs, serializeSxs } from '../../../../src/core/index.ts';
import { sxsDocument, translationText } from '../../../helpers/sxs-builders.ts';

const RUNS = { numRuns: 300, seed: 9009 } as const;

/** A document and edits of some of its segments (by position). */
const edited = fc
	.tuple(sxsDocument, fc.array(fc.tuple(fc.nat(), translationText), { maxLength: 6 }))
	.map(([generated, picks]) => {
		const document = parseSxs(generated.text);
		const edits = new Map<string, string>();
		for (const [at, text] of picks) {
			const segment = document.segments[at % Math.max(1, document.segments.length)];
			if (segment) edits.set(segment.id, text);
		}
		const mineText = serializeSxs(document, edits).text;
		return { document, mine: parseSxs(mineText), mineText };
	});

describe('mergeVersions laws', () => {
	it('merge(base, base, theirs) is theirs', () => {
		fc.assert(
			fc.property(sxsDocument, sxsDocument, (a, b) => {
				const base = parseSxs(a.text);
				const result = mergeVersions(base, base, parseSxs(b.text));
				expect(result.ok && result.merge.text).toBe(b.text);
			}),
			RUNS
		);
	});

	it('merge(base, mine, base) is mine', () => {
		fc.assert(
			fc.property(edited, ({ document, mine, mineText }) => {
				const result = mergeVersions(document, mine, document);
				expect(result.ok && result.merge.text).toBe(mineText);
				expect(result.ok && [result.merge.conflicts, result.merge.dropped]).toEqual([[], []]);
			}),
			RUNS
		);
	});
});

/** A document and two independent sets of edits: mine and a colleague's. */
const twoCopies = fc
	.tuple(
		sxsDocument,
		fc.array(fc.tuple(fc.nat(), translationText), { maxLength: 6 }),
		fc.array(fc.tuple(fc.nat(), translationText), { maxLength: 6 })
	)
	.map(([generated, minePicks, theirPicks]) => {
		const base = parseSxs(generated.text);
		const copy = (picks: readonly (readonly [number, string])[]) => {
			const edits = new Map<string, string>();
			for (const [at, text] of picks) {
				const segment = base.segments[at % Math.max(1, base.segments.length)];
				if (segment) edits.set(segment.id, text);
			}
			return parseSxs(serializeSxs(base, edits).text);
		};
		return { base, mine: copy(minePicks), theirs: copy(theirPicks) };
	});

describe("mergeVersions of a colleague's copy (seeded fuzz: nothing typed is lost)", () => {
	it('keeps every edit of either side, and lists mine in a conflict where both differ', () => {
		fc.assert(
			fc.property(twoCopies, ({ base, mine, theirs }) => {
				const result = mergeVersions(base, mine, theirs);
				if (!result.ok) throw new Error(result.error);
				const out = parseSxs(result.merge.text).segments;
				const conflicts = new Map(result.merge.conflicts.map((c) => [c.mine as string, c]));
				base.segments.forEach((segment, i) => {
					const mineText = mine.segments[i]!.translation;
					const theirsText = theirs.segments[i]!.translation;
					const isMineEdited = mineText !== segment.translation;
					const isTheirsEdited = theirsText !== segment.translation;
					const expected = isMineEdited && !isTheirsEdited ? mineText : theirsText;
					expect(out[i]?.translation).toBe(expected);
					const conflict = conflicts.get(segment.id);
					if (isMineEdited && isTheirsEdited && mineText !== theirsText) {
						expect(conflict).toMatchObject({ kind: 'both-changed', mineText, theirsText });
					} else {
						expect(conflict).toBeUndefined();
					}
				});
				expect(result.merge.dropped).toEqual([]);
			}),
			RUNS
		);
	});
});
