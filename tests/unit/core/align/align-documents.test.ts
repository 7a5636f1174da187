import { describe, it, expect } from 'vitest';
import { alignDocuments } from '../../../../src/core/align/align-documents.ts';
import type { MatchKind, SegmentPair } from '../../../../src/core/align/align-documents.ts';
import { buildSegments, idOf, numberedSegments } from '../../../helpers/segment-builder.ts';

// Two files of one document: A is the older version or the first locale, B the other one.
const A = 'aaaaa';
const B = 'bbbbb';

function pair(numberA: string, numberB: string, match: MatchKind): SegmentPair {
	return { a: idOf(A, numberA), b: idOf(B, numberB), match };
}

function ids(fileKey: string, ...numbers: string[]): string[] {
	return numbers.map((number) => idOf(fileKey, number));
}

describe('alignDocuments', () => {
	it('pairs every segment by id when both files hold the same sentences', () => {
		const sources = ['Reset your password', 'Go to **Settings**.', 'Select **Reset**.'];
		const result = alignDocuments(numberedSegments(A, sources), numberedSegments(B, sources));
		expect(result).toEqual({
			pairs: [pair('102', '102', 'id'), pair('103', '103', 'id'), pair('104', '104', 'id')],
			onlyA: [],
			onlyB: []
		});
	});

	it('ignores whitespace runs and leading or trailing spaces, and nothing else', () => {
		const a = buildSegments(A, [
			['102', 'Open  the\nfile. '],
			['103', 'Select **Save**.']
		]);
		const b = buildSegments(B, [
			['102', ' Open the file.'],
			['103', 'select **save**.']
		]);
		// Case is a real change: the second pair is an edit, not the same source.
		expect(alignDocuments(a, b).pairs).toEqual([
			pair('102', '102', 'id'),
			pair('103', '103', 'changed')
		]);
	});

	it('pairs renumbered sentences of two versions by source', () => {
		const a = buildSegments(A, [
			['102', 'Title'],
			['103', 'First step.'],
			['104', 'Second step.']
		]);
		const b = buildSegments(B, [
			['103', 'Title'],
			['105', 'First step.'],
			['106', 'Second step.']
		]);
		expect(alignDocuments(a, b).pairs).toEqual([
			pair('102', '103', 'source'),
			pair('103', '105', 'source'),
			pair('104', '106', 'source')
		]);
	});

	it('reports an inserted sentence as only in B and pairs the shifted ones', () => {
		const a = numberedSegments(A, ['Title', 'Sign in to the admin center.', 'Select **Users**.']);
		const b = numberedSegments(B, [
			'Title',
			'You need to be a global admin.',
			'Sign in to the admin center.',
			'Select **Users**.'
		]);
		expect(alignDocuments(a, b)).toEqual({
			pairs: [pair('102', '102', 'id'), pair('103', '104', 'source'), pair('104', '105', 'source')],
			onlyA: [],
			onlyB: ids(B, '103')
		});
	});

	it('reports a removed sentence as only in A', () => {
		const a = numberedSegments(A, ['Title', 'This feature is in preview.', 'Open the app.']);
		const b = numberedSegments(B, ['Title', 'Open the app.']);
		expect(alignDocuments(a, b)).toEqual({
			pairs: [pair('102', '102', 'id'), pair('104', '103', 'source')],
			onlyA: ids(A, '103'),
			onlyB: []
		});
	});

	it('pairs an edited sentence as changed', () => {
		const a = numberedSegments(A, ['Title', 'Select **Save** to keep your changes.', 'Done.']);
		const b = numberedSegments(B, [
			'Title',
			'Select **Save** to keep all of your changes.',
			'Done.'
		]);
		expect(alignDocuments(a, b).pairs).toEqual([
			pair('102', '102', 'id'),
			pair('103', '103', 'changed'),
			pair('104', '104', 'id')
		]);
	});

	it('pairs an edited sentence as changed even when it moved to another number', () => {
		const a = numberedSegments(A, ['Title', 'Go to the **Billing** page, then choose **Apps**.']);
		const b = numberedSegments(B, ['Title', 'Watch the video.', 'Go to the **Billing** page.']);
		expect(alignDocuments(a, b)).toEqual({
			pairs: [pair('102', '102', 'id'), pair('103', '104', 'changed')],
			onlyA: [],
			onlyB: ids(B, '103')
		});
	});

	it('accepts a weaker match under the same number, such as a sentence that gained a long link', () => {
		const link =
			'See [Manage recurring billing](https://docs.microsoft.com/en-us/microsoft-365/commerce/subscriptions/renew-your-subscription).';
		const a = numberedSegments(A, ['Title', 'See Manage recurring billing.']);
		// 4 words against 17: similarity 0.38, under the general bar of 0.45 but over 0.3.
		expect(alignDocuments(a, numberedSegments(B, ['Title', link])).pairs).toEqual([
			pair('102', '102', 'id'),
			pair('103', '103', 'changed')
		]);
		const shifted = numberedSegments(B, ['Title', 'Sign in first.', link]);
		expect(alignDocuments(a, shifted)).toEqual({
			pairs: [pair('102', '102', 'id')],
			onlyA: ids(A, '103'),
			onlyB: ids(B, '103', '104')
		});
	});

	it('does not glue an unrelated replacement together as changed', () => {
		const a = numberedSegments(A, ['Title', 'Restart your computer and try again.', 'Done.']);
		const b = numberedSegments(B, ['Title', 'Contact your administrator for a license.', 'Done.']);
		expect(alignDocuments(a, b)).toEqual({
			pairs: [pair('102', '102', 'id'), pair('104', '104', 'id')],
			onlyA: ids(A, '103'),
			onlyB: ids(B, '103')
		});
	});

	it('keeps two short sentences that share one word apart when their numbers differ', () => {
		const a = numberedSegments(A, ['Title', 'Select **Add/remove licenses**.']);
		const b = numberedSegments(B, ['Title', 'Sign in.', 'Select **Save**.']);
		expect(alignDocuments(a, b)).toEqual({
			pairs: [pair('102', '102', 'id')],
			onlyA: ids(A, '103'),
			onlyB: ids(B, '103', '104')
		});
	});

	it('pairs a merged p segment in B with each of the two sentences it covers', () => {
		const a = numberedSegments(A, [
			'Title',
			'Update the users first.',
			'Then remove the domain.',
			'End'
		]);
		const b = buildSegments(B, [
			['102', 'Title'],
			['p101', 'Update the users first. Then remove the domain.'],
			['105', 'End']
		]);
		expect(alignDocuments(a, b)).toEqual({
			pairs: [
				pair('102', '102', 'id'),
				pair('103', 'p101', 'source'),
				pair('104', 'p101', 'source'),
				pair('105', '105', 'id')
			],
			onlyA: [],
			onlyB: []
		});
	});

	it('pairs a merged p segment in A with each of the three sentences it covers', () => {
		// The p source spans a line break; the sentences are joined by one space.
		const a = buildSegments(A, [
			['102', 'Title'],
			['p101', '**Want to pay monthly?**\nYou can switch plans. Call us.']
		]);
		const b = numberedSegments(B, [
			'Title',
			'**Want to pay monthly?**',
			'You can switch plans.',
			'Call us.'
		]);
		expect(alignDocuments(a, b)).toEqual({
			pairs: [
				pair('102', '102', 'id'),
				pair('p101', '103', 'source'),
				pair('p101', '104', 'source'),
				pair('p101', '105', 'source')
			],
			onlyA: [],
			onlyB: []
		});
	});

	it('does not treat a p segment as a merge when its source is not exactly the joined sentences', () => {
		const a = numberedSegments(A, ['Title', 'Update the users first.', 'Then remove the domain.']);
		const b = buildSegments(B, [
			['102', 'Title'],
			['p101', 'Update the users first. Then remove the old domain.']
		]);
		const result = alignDocuments(a, b);
		expect(result.pairs.filter((p) => p.match === 'source')).toEqual([]);
		expect(result.pairs.filter((p) => p.b === idOf(B, 'p101')).length).toBeLessThanOrEqual(1);
	});

	it('pairs a repeated heading by its place in the sequence, not by its text', () => {
		const a = numberedSegments(A, [
			'Overview',
			'Alpha applies to mail.',
			'Overview',
			'Beta applies to files.'
		]);
		const b = numberedSegments(B, ['Alpha applies to mail.', 'Overview', 'Beta applies to files.']);
		// A dictionary keyed by text would pair B's heading with A's first one and cross the pairs.
		expect(alignDocuments(a, b)).toEqual({
			pairs: [
				pair('103', '102', 'source'),
				pair('104', '103', 'source'),
				pair('105', '104', 'source')
			],
			onlyA: ids(A, '102'),
			onlyB: []
		});
	});

	it('keeps each copy of a repeated heading with its own copy when a sentence is inserted', () => {
		const a = numberedSegments(A, [
			'Overview',
			'Alpha applies to mail.',
			'Overview',
			'Beta applies to files.'
		]);
		const b = numberedSegments(B, [
			'Overview',
			'Alpha applies to mail.',
			'Gamma is new here.',
			'Overview',
			'Beta applies to files.'
		]);
		expect(alignDocuments(a, b)).toEqual({
			pairs: [
				pair('102', '102', 'id'),
				pair('103', '103', 'id'),
				pair('104', '105', 'source'),
				pair('105', '106', 'source')
			],
			onlyA: [],
			onlyB: ids(B, '104')
		});
	});

	it('shows a moved sentence as removed and added, since pairs never cross', () => {
		const a = numberedSegments(A, ['One is first.', 'Two is second.', 'Three is third.']);
		const b = numberedSegments(B, ['Three is third.', 'One is first.', 'Two is second.']);
		expect(alignDocuments(a, b)).toEqual({
			pairs: [pair('102', '103', 'source'), pair('103', '104', 'source')],
			onlyA: ids(A, '104'),
			onlyB: ids(B, '102')
		});
	});

	it('handles empty documents', () => {
		const some = numberedSegments(A, ['Title', 'Text.']);
		expect(alignDocuments([], [])).toEqual({ pairs: [], onlyA: [], onlyB: [] });
		expect(alignDocuments(some, [])).toEqual({ pairs: [], onlyA: ids(A, '102', '103'), onlyB: [] });
		expect(alignDocuments([], numberedSegments(B, ['Title']))).toEqual({
			pairs: [],
			onlyA: [],
			onlyB: ids(B, '102')
		});
	});

	it('falls back to pairing equal number and source when the diff exceeds maxEditLength', () => {
		const a = numberedSegments(A, ['Title', 'First step.', 'Second step.']);
		const b = numberedSegments(B, ['Title', 'New first step.', 'First step.', 'Second step.']);
		// One insertion is needed: a bound of 0 edits gives up, and renumbered sentences stay unpaired.
		expect(alignDocuments(a, b, { maxEditLength: 0 })).toEqual({
			pairs: [pair('102', '102', 'id')],
			onlyA: ids(A, '103', '104'),
			onlyB: ids(B, '103', '104', '105')
		});
		expect(alignDocuments(a, b, { maxEditLength: 1 }).pairs).toHaveLength(3);
	});

	it('aligns a nearly identical 5,000-segment document (its speed is in npm run bench)', () => {
		const sources = Array.from(
			{ length: 5000 },
			(_, i) => `Sentence ${i} explains step ${i % 37} of the setup for topic ${i % 11}.`
		);
		const edited = sources.map((source, i) =>
			i % 250 === 7 ? `${source} It was edited.` : source
		);
		edited.splice(1000, 0, 'A new sentence.');
		edited.splice(4000, 1);
		const a = numberedSegments(A, sources);
		const b = numberedSegments(B, edited);
		const result = alignDocuments(a, b);
		expect(result.pairs.filter((p) => p.match === 'changed')).toHaveLength(20);
		expect(result.onlyB).toEqual([idOf(B, '1102')]);
		expect(result.onlyA).toEqual([idOf(A, '4101')]);
	});

	it('gives up on two mostly different 5,000-segment documents and falls back to numbers', () => {
		// Every third sentence rewritten: far more edits than the default bound of 1,000.
		const sources = Array.from({ length: 5000 }, (_, i) => `Sentence ${i} of the old text.`);
		const rewritten = sources.map((source, i) => (i % 3 === 0 ? `Rewritten part ${i}.` : source));
		const result = alignDocuments(numberedSegments(A, sources), numberedSegments(B, rewritten));
		// The fallback pairs the untouched sentences by number and source, and nothing else.
		expect(result.pairs).toHaveLength(3333);
		expect(result.pairs.every((p) => p.match === 'id')).toBe(true);
		expect(result.onlyA).toHaveLength(1667);
	});
});
