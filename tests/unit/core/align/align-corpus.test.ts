/**
 * Alignment laws over the shared corpus (../shared/corpus, see its MANIFEST.md): the 39 docs in
 * five locales, and the 29 pairs of consecutive versions. Expectations are computed here
 * independently of the aligner (a plain LCS over normalized sources), never taken from its output.
 */
import { readFileSync } from 'node:fs';
import { it, expect } from 'vitest';
import { alignDocuments, type Alignment } from '../../../../src/core/align/align-documents.ts';
import { parseSxs } from '../../../../src/core/index.ts';
import type { Segment } from '../../../../src/core/model/types.ts';
import { corpusPath, describeCorpus, listCorpusFiles } from '../../../helpers/corpus.ts';

const LOCALES = ['el-GR', 'lv-LV', 'ro-RO', 'uk-UA', 'zh-CN'] as const;

function load(subfolder: string, name: string): readonly Segment[] {
	return parseSxs(readFileSync(corpusPath(subfolder, name), 'utf8')).segments;
}

/** The same normalization the aligner promises: whitespace runs to one space, trimmed. */
function key(segment: Segment): string {
	return segment.source.replace(/\s+/g, ' ').trim();
}

/** Positions in A and B of one longest common subsequence of keys (textbook O(n·m) DP). */
function lcsPositions(a: readonly string[], b: readonly string[]): Array<[number, number]> {
	const width = b.length + 1;
	const table = new Int32Array((a.length + 1) * width);
	for (let i = a.length - 1; i >= 0; i--) {
		for (let j = b.length - 1; j >= 0; j--) {
			table[i * width + j] =
				a[i] === b[j]
					? (table[(i + 1) * width + j + 1] ?? 0) + 1
					: Math.max(table[(i + 1) * width + j] ?? 0, table[i * width + j + 1] ?? 0);
		}
	}
	const positions: Array<[number, number]> = [];
	for (let i = 0, j = 0; i < a.length && j < b.length;) {
		if (a[i] === b[j]) positions.push([i++, j++]);
		else if ((table[(i + 1) * width + j] ?? 0) >= (table[i * width + j + 1] ?? 0)) i++;
		else j++;
	}
	return positions;
}

/**
 * Checks what must hold for any alignment: each segment is paired or listed as only-A/only-B (not
 * both), pairs never cross, and `id`/`source` pairs hold equal normalized sources, except a merged
 * p segment, whose source must equal the joined sources of all its partners.
 */
function expectConsistent(
	a: readonly Segment[],
	b: readonly Segment[],
	alignment: Alignment
): void {
	const byIdA = new Map(a.map((segment, index) => [segment.id, { segment, index }]));
	const byIdB = new Map(b.map((segment, index) => [segment.id, { segment, index }]));
	const pairedA = new Set(alignment.pairs.map((p) => p.a));
	const pairedB = new Set(alignment.pairs.map((p) => p.b));
	expect([...pairedA, ...alignment.onlyA].sort()).toEqual(a.map((s) => s.id).sort());
	expect([...pairedB, ...alignment.onlyB].sort()).toEqual(b.map((s) => s.id).sort());

	let last = [-1, -1];
	for (const pair of alignment.pairs) {
		const left = byIdA.get(pair.a);
		const right = byIdB.get(pair.b);
		if (left === undefined || right === undefined)
			throw new Error(`unknown id in ${pair.a}/${pair.b}`);
		expect(
			left.index >= (last[0] ?? 0) && right.index >= (last[1] ?? 0),
			`${pair.a} ${pair.b} cross`
		).toBe(true);
		last = [left.index, right.index];
		if (pair.match === 'changed') continue;
		if (key(left.segment) === key(right.segment)) {
			expect(pair.match).toBe(left.segment.number === right.segment.number ? 'id' : 'source');
			continue;
		}
		expect(pair.match).toBe('source');
		const [merged, side] = left.segment.isMerged ? [pair.a, 'a' as const] : [pair.b, 'b' as const];
		const partners = alignment.pairs
			.filter((p) => p[side] === merged)
			.map((p) => (side === 'a' ? byIdB.get(p.b) : byIdA.get(p.a))?.segment);
		const p = side === 'a' ? left.segment : right.segment;
		expect(p.isMerged).toBe(true);
		expect(partners.length).toBeGreaterThanOrEqual(2);
		expect(partners.map((s) => (s ? key(s) : '')).join(' ')).toBe(key(p));
	}
}

describeCorpus('alignDocuments on the multilocale corpus', () => {
	const names = listCorpusFiles('multilocale');
	const docs = [...new Set(names.map((name) => name.replace(/\.[a-z]{2}-[A-Z]{2}\.md$/, '')))];

	it('finds 39 docs in 5 locales', () => {
		expect(docs).toHaveLength(39);
		expect(names).toHaveLength(39 * LOCALES.length);
	});

	// Checked on the data first: the lists of (number, normalized source) are identical in all five
	// locales of every doc, except two zh-CN files that merge sentences into p segments. So every
	// segment has a partner in every other locale, and no pair is `changed`.
	it.each(docs)('%s: pairs every segment in every pair of locales', (doc) => {
		const segments = new Map(
			LOCALES.map((locale) => [locale, load('multilocale', `${doc}.${locale}.md`)])
		);
		for (const localeA of LOCALES) {
			for (const localeB of LOCALES.filter((locale) => locale !== localeA)) {
				const a = segments.get(localeA) ?? [];
				const b = segments.get(localeB) ?? [];
				const alignment = alignDocuments(a, b);
				const context = `${localeA} with ${localeB}`;
				expect(alignment.onlyA, context).toEqual([]);
				expect(alignment.onlyB, context).toEqual([]);
				expect(
					alignment.pairs.filter((p) => p.match === 'changed'),
					context
				).toEqual([]);
				expectConsistent(a, b, alignment);
			}
		}
	});

	it('pairs each zh-CN merged segment with the two sentences it covers, in every other locale', () => {
		let mergedPairs = 0;
		let mergedSegments = 0;
		for (const doc of docs) {
			const zh = load('multilocale', `${doc}.zh-CN.md`);
			const merged = zh.filter((s) => s.isMerged);
			mergedSegments += merged.length;
			for (const locale of LOCALES.filter((l) => l !== 'zh-CN')) {
				const other = load('multilocale', `${doc}.${locale}.md`);
				const there = alignDocuments(zh, other).pairs;
				const back = alignDocuments(other, zh).pairs;
				for (const p of merged) {
					const pairs = [...there.filter((x) => x.a === p.id), ...back.filter((x) => x.b === p.id)];
					expect(pairs.map((x) => x.match)).toEqual(['source', 'source', 'source', 'source']);
					mergedPairs += pairs.length;
				}
			}
		}
		// Remove-domain (p101 = 104 + 105) and create-an-organization-relationship (p102 = 110 + 111):
		// 2 p segments × 2 sentences × 4 locales × 2 directions.
		expect(mergedSegments).toBe(2);
		expect(mergedPairs).toBe(32);
	});
});

describeCorpus('alignDocuments on the versions corpus', () => {
	const docs = listCorpusFiles('versions')
		.filter((name) => name.endsWith('.v1.md'))
		.map((name) => name.slice(0, -'.v1.md'.length));

	it('finds 29 version pairs', () => {
		expect(docs).toHaveLength(29);
	});

	it.each(docs)('%s: pairs every sentence that is unchanged in sequence', (doc) => {
		const a = load('versions', `${doc}.v1.md`);
		const b = load('versions', `${doc}.v2.md`);
		const alignment = alignDocuments(a, b);
		expectConsistent(a, b, alignment);

		const lcs = lcsPositions(a.map(key), b.map(key));
		const equalPairs = alignment.pairs.filter((p) => p.match !== 'changed');
		const partnerOf = new Map(equalPairs.map((p) => [p.a, p.b]));
		for (const [i] of lcs) {
			const segment = a[i];
			if (segment === undefined) throw new Error('LCS position out of range');
			const partner = b.find((s) => s.id === partnerOf.get(segment.id));
			expect(partner && key(partner), `${segment.id} is unchanged in sequence`).toBe(key(segment));
		}
		// The aligner's equal-source pairs form a common subsequence as long as the longest one.
		expect(equalPairs.filter((p) => !hasDifferentSources(p.a, p.b, a, b))).toHaveLength(lcs.length);
	});

	it('pairs the sentences of a p segment that v2 split up (change-how-often-you-pay)', () => {
		const a = load('versions', 'change-how-often-you-pay.zh-CN.v1.md');
		const b = load('versions', 'change-how-often-you-pay.zh-CN.v2.md');
		expect(alignDocuments(a, b)).toEqual({
			pairs: [
				{ a: '6b111-102', b: '894c6-102', match: 'id' },
				{ a: '6b111-p101', b: '894c6-103', match: 'source' },
				{ a: '6b111-p101', b: '894c6-104', match: 'source' },
				{ a: '6b111-p101', b: '894c6-105', match: 'source' },
				{ a: '6b111-p101', b: '894c6-106', match: 'source' }
			],
			onlyA: [],
			onlyB: []
		});
	});

	// Reviewed by hand: v2 rewrote the steps. 105/112 lost "then choose the **Apps** tab", 106/113
	// became "On the **Products** tab, ... find the app that you want to manage", and 110 was
	// reworded around "**Total licenses** box". The old steps 107-109 and the new 105, 108, 109,
	// 111-113 (a video link, new buttons, new examples) have no counterpart.
	it('pairs the edited steps of change-app-license-quantity as changed', () => {
		const a = load('versions', 'change-app-license-quantity.lv-LV.v1.md');
		const b = load('versions', 'change-app-license-quantity.lv-LV.v2.md');
		const alignment = alignDocuments(a, b);
		const numbers = (ids: readonly string[]): string[] => ids.map((id) => id.split('-')[1] ?? '');
		expect(
			alignment.pairs.map((p) => `${numbers([p.a])[0]}>${numbers([p.b])[0]} ${p.match}`)
		).toEqual([
			'102>102 id',
			'103>103 id',
			'104>104 id',
			'105>106 changed',
			'106>107 changed',
			'110>110 changed',
			'111>114 source',
			'112>115 changed',
			'113>116 changed',
			'114>117 source'
		]);
		expect(numbers(alignment.onlyA)).toEqual(['107', '108', '109']);
		expect(numbers(alignment.onlyB)).toEqual(['105', '108', '109', '111', '112', '113']);
	});
});

/** True for a merge pair: expectConsistent has checked that these are the only unequal ones. */
function hasDifferentSources(
	idA: string,
	idB: string,
	a: readonly Segment[],
	b: readonly Segment[]
): boolean {
	const left = a.find((s) => s.id === idA);
	const right = b.find((s) => s.id === idB);
	return left !== undefined && right !== undefined && key(left) !== key(right);
}
