import { describe, expect, it } from 'vitest';
import {
	mergeVersions,
	parseSxs,
	resolveMerge,
	writeMerge,
	type Resolution,
	type VersionMerge
} from '../../../../src/core/index.ts';
import { sxsDoc, withEdits, type Row } from '../../../helpers/merge-builders.ts';

const BASE: readonly Row[] = [
	['101', 'Один.', 'One.'],
	['102', 'Два.', 'Two.'],
	['103', 'Три.', 'Three.'],
	['104', 'Чотири.', 'Four.']
];
const base = sxsDoc('aaaaa', BASE);
const mine = withEdits(base, { 'aaaaa-101': 'ОДИН', 'aaaaa-102': 'ДВА', 'aaaaa-103': 'ТРИ' });
// The new version: 101 kept (carried), 102 and 103 freshly translated (conflicts), 104 kept.
const theirs = sxsDoc('bbbbb', [
	BASE[0]!,
	['102', 'Двоє.', 'Two.'],
	['103', 'Трійка.', 'Three.'],
	BASE[3]!
]);
const result = mergeVersions(base, mine, theirs);
if (!result.ok) throw new Error(result.error);
const merge: VersionMerge = result.merge;

const resolutions = (entries: Record<string, Resolution>) => new Map(Object.entries(entries));
const translationsOf = (text: string) => parseSxs(text).segments.map((s) => s.translation);

describe('writeMerge', () => {
	it('keeps theirs at every unresolved conflict: the text is the merge text', () => {
		expect(merge.conflicts.map((c) => c.theirs)).toEqual(['bbbbb-102', 'bbbbb-103']);
		const written = writeMerge(theirs, merge);
		expect(written).toEqual({ text: merge.text, refused: [] });
		expect(translationsOf(written.text)).toEqual(['ОДИН', 'Двоє.', 'Трійка.', 'Чотири.']);
	});

	it('writes Take mine, Take theirs and a typed text where the translator chose them', () => {
		const written = writeMerge(
			theirs,
			merge,
			resolutions({ 'bbbbb-102': 'mine', 'bbbbb-103': { text: 'Три (ред.)' } })
		);
		expect(written.refused).toEqual([]);
		expect(translationsOf(written.text)).toEqual(['ОДИН', 'ДВА', 'Три (ред.)', 'Чотири.']);
		const kept = writeMerge(theirs, merge, resolutions({ 'bbbbb-102': 'theirs' }));
		expect(kept.text).toBe(merge.text);
	});

	it('refuses a typed text that would break the markup, and writes the rest', () => {
		const written = writeMerge(
			theirs,
			merge,
			resolutions({ 'bbbbb-102': { text: 'x</span>' }, 'bbbbb-103': 'mine' })
		);
		expect(written.refused.map((r) => r.id)).toEqual(['bbbbb-102']);
		expect(translationsOf(written.text)).toEqual(['ОДИН', 'Двоє.', 'ТРИ', 'Чотири.']);
	});
});

describe('resolveMerge', () => {
	it('gives the carried and chosen translations as edits of theirs, for Apply merge', () => {
		expect(resolveMerge(merge, resolutions({ 'bbbbb-103': 'mine' }))).toEqual(
			new Map([
				['bbbbb-101', 'ОДИН'],
				['bbbbb-103', 'ТРИ']
			])
		);
	});
});
