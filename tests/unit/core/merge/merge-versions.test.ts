import { describe, expect, it } from 'vitest';
import {
	mergeVersions,
	parseSxs,
	type SxsDocument,
	type VersionMerge
} from '../../../../src/core/index.ts';
import { sxsDoc, sxsText, withEdits, type Row } from '../../../helpers/merge-builders.ts';

// base (key aaaaa) is what the translator started from; theirs (bbbbb) is the regenerated version.
const BASE: readonly Row[] = [
	['101', 'Скидання пароля', 'Reset a password'],
	['102', 'Увійдіть у центр.', 'Sign in to the admin center.'],
	['103', 'Виберіть **Користувачі**.', 'Select **Users**.'],
	['104', 'Виберіть користувача.', 'Select the user.']
];
const base = sxsDoc('aaaaa', BASE);

function merged(mine: SxsDocument, theirs: SxsDocument): VersionMerge {
	const result = mergeVersions(base, mine, theirs);
	if (!result.ok) throw new Error(result.error);
	return result.merge;
}

/** The translation of each segment of a merged text, by id. */
function translations(text: string): Record<string, string> {
	return Object.fromEntries(parseSxs(text).segments.map((s) => [s.id, s.translation]));
}

describe('mergeVersions', () => {
	it('carries an edit to the renumbered segment of the new version and changes nothing else', () => {
		const theirsRows: Row[] = [
			BASE[0]!,
			['102', 'Потрібні права адміністратора.', 'You need admin rights.'],
			['103', 'Увійдіть у центр.', 'Sign in to the admin center.'],
			['104', 'Виберіть **Користувачі**.', 'Select **Users**.'],
			['105', 'Виберіть користувача.', 'Select the user.']
		];
		const theirs = sxsDoc('bbbbb', theirsRows);
		const merge = merged(withEdits(base, { 'aaaaa-103': 'Оберіть **Користувачі**.' }), theirs);
		expect(merge.carried).toEqual([{ mine: 'aaaaa-103', theirs: 'bbbbb-104' }]);
		expect(merge.same).toEqual([]);
		expect(merge.conflicts).toEqual([]);
		expect(merge.added).toEqual(['bbbbb-102']);
		expect(merge.dropped).toEqual([]);
		expect(merge.carriedEdits).toEqual(new Map([['bbbbb-104', 'Оберіть **Користувачі**.']]));
		expect(merge.text).toBe(
			sxsText('bbbbb', theirsRows).replace(
				'>Виберіть **Користувачі**.<',
				'>Оберіть **Користувачі**.<'
			)
		);
	});

	it('gives no entry for unedited segments and returns theirs unchanged', () => {
		const theirs = sxsDoc('bbbbb', [
			BASE[0]!,
			['102', 'Новий переклад.', 'Sign in to the admin center.']
		]);
		const merge = merged(base, theirs);
		expect([merge.carried, merge.same, merge.conflicts, merge.dropped]).toEqual([[], [], [], []]);
		expect(merge.text).toBe(theirs.text);
	});

	it('reports same when theirs already holds my translation', () => {
		const mine = withEdits(base, { 'aaaaa-102': 'Увійдіть у Центр адміністрування.' });
		const theirs = sxsDoc('bbbbb', [
			BASE[0]!,
			['102', 'Увійдіть у Центр адміністрування.', 'Sign in to the admin center.']
		]);
		const merge = merged(mine, theirs);
		expect(merge.same).toEqual([{ mine: 'aaaaa-102', theirs: 'bbbbb-102' }]);
		expect(merge.carried).toEqual([]);
		expect(merge.text).toBe(theirs.text);
	});

	it('reports both-changed when theirs changed the translation of the same source', () => {
		const mine = withEdits(base, { 'aaaaa-104': 'Оберіть користувача.' });
		const theirs = sxsDoc('bbbbb', [
			...BASE.slice(0, 3),
			['104', 'Клацніть користувача.', 'Select the user.']
		]);
		const merge = merged(mine, theirs);
		expect(merge.conflicts).toEqual([
			{
				kind: 'both-changed',
				mine: 'aaaaa-104',
				theirs: 'bbbbb-104',
				base: 'Виберіть користувача.',
				mineText: 'Оберіть користувача.',
				theirsText: 'Клацніть користувача.',
				baseSource: 'Select the user.',
				theirsSource: 'Select the user.',
				takeMineText: 'Оберіть користувача.'
			}
		]);
		expect(merge.text).toBe(theirs.text);
	});

	it('reports source-changed when the aligned source was edited, even if theirs kept the translation', () => {
		const mine = withEdits(base, { 'aaaaa-102': 'Увійдіть у Центр адміністрування.' });
		const theirs = sxsDoc('bbbbb', [
			BASE[0]!,
			['102', 'Увійдіть у центр.', 'Sign in to the Microsoft 365 admin center.'],
			...BASE.slice(2)
		]);
		const merge = merged(mine, theirs);
		expect(merge.conflicts.map((c) => [c.kind, c.mine, c.theirs, c.theirsSource])).toEqual([
			['source-changed', 'aaaaa-102', 'bbbbb-102', 'Sign in to the Microsoft 365 admin center.']
		]);
		expect(merge.carried).toEqual([]);
		expect(merge.text).toBe(theirs.text);
	});

	it('lists an edited segment whose sentence is gone as dropped, with its source and my text', () => {
		const mine = withEdits(base, {
			'aaaaa-103': 'Оберіть **Користувачі**.',
			'aaaaa-101': 'Скидання'
		});
		const theirs = sxsDoc('bbbbb', [BASE[0]!, BASE[1]!, BASE[3]!]);
		const merge = merged(mine, theirs);
		expect(merge.dropped).toEqual([
			{ id: 'aaaaa-103', source: 'Select **Users**.', translation: 'Оберіть **Користувачі**.' }
		]);
		expect(merge.carried).toEqual([{ mine: 'aaaaa-101', theirs: 'bbbbb-101' }]);
	});

	it('carries into a p segment of theirs that kept the base translations joined by a space', () => {
		const mine = withEdits(base, {
			'aaaaa-102': 'Увійдіть у Центр адміністрування.',
			'aaaaa-103': 'Оберіть **Користувачі**.'
		});
		const theirs = sxsDoc('bbbbb', [
			BASE[0]!,
			[
				'p101',
				'Увійдіть у центр. Виберіть **Користувачі**.',
				'Sign in to the admin center. Select **Users**.'
			],
			['104', 'Виберіть користувача.', 'Select the user.']
		]);
		const merge = merged(mine, theirs);
		expect(merge.carried).toEqual([
			{ mine: 'aaaaa-102', theirs: 'bbbbb-p101' },
			{ mine: 'aaaaa-103', theirs: 'bbbbb-p101' }
		]);
		expect(translations(merge.text)['bbbbb-p101']).toBe(
			'Увійдіть у Центр адміністрування. Оберіть **Користувачі**.'
		);
	});

	it('carries one edited partner into a p segment joined with nothing (zh-CN)', () => {
		const zhBase = sxsDoc('aaaaa', [
			['102', '登录。', 'Sign in.'],
			['103', '选择用户。', 'Select the user.']
		]);
		const zhTheirs = sxsDoc('bbbbb', [['p101', '登录。选择用户。', 'Sign in. Select the user.']]);
		const result = mergeVersions(
			zhBase,
			withEdits(zhBase, { 'aaaaa-103': '请选择用户。' }),
			zhTheirs
		);
		if (!result.ok) throw new Error(result.error);
		expect(result.merge.carried).toEqual([{ mine: 'aaaaa-103', theirs: 'bbbbb-p101' }]);
		expect(translations(result.merge.text)['bbbbb-p101']).toBe('登录。请选择用户。');
	});

	it('reports each edited partner of a freshly translated p segment as both-changed, Take mine joined', () => {
		const mine = withEdits(base, { 'aaaaa-103': 'Оберіть **Користувачі**.' });
		const theirs = sxsDoc('bbbbb', [
			BASE[0]!,
			[
				'p101',
				'Зайдіть і виберіть **Користувачі**.',
				'Sign in to the admin center. Select **Users**.'
			],
			['104', 'Виберіть користувача.', 'Select the user.']
		]);
		const merge = merged(mine, theirs);
		expect(
			merge.conflicts.map((c) => [c.kind, c.mine, c.theirs, c.mineText, c.takeMineText])
		).toEqual([
			[
				'both-changed',
				'aaaaa-103',
				'bbbbb-p101',
				'Оберіть **Користувачі**.',
				'Увійдіть у центр. Оберіть **Користувачі**.'
			]
		]);
		expect(merge.text).toBe(theirs.text);
	});

	it('reports a p segment of mine that theirs split as source-changed, once per piece, with its sentence as Take mine', () => {
		const pBase = sxsDoc('aaaaa', [['p101', 'Увійдіть. Виберіть.', 'Sign in. Select the user.']]);
		const pTheirs = sxsDoc('bbbbb', [
			['102', 'Увійдіть.', 'Sign in.'],
			['103', 'Виберіть.', 'Select the user.']
		]);
		const result = mergeVersions(
			pBase,
			withEdits(pBase, { 'aaaaa-p101': 'Зайдіть. Оберіть.' }),
			pTheirs
		);
		if (!result.ok) throw new Error(result.error);
		expect(result.merge.conflicts.map((c) => [c.kind, c.mine, c.theirs, c.takeMineText])).toEqual([
			['source-changed', 'aaaaa-p101', 'bbbbb-102', 'Зайдіть.'],
			['source-changed', 'aaaaa-p101', 'bbbbb-103', 'Оберіть.']
		]);
		expect(result.merge.text).toBe(pTheirs.text);
	});

	it("merges a colleague's copy: their edits stay, mine are carried, an overlap is a conflict", () => {
		const mine = withEdits(base, { 'aaaaa-101': 'Пароль', 'aaaaa-103': 'Моє' });
		const colleague = withEdits(base, { 'aaaaa-102': 'Колега', 'aaaaa-103': 'Їхнє' });
		const merge = merged(mine, colleague);
		expect(merge.carried).toEqual([{ mine: 'aaaaa-101', theirs: 'aaaaa-101' }]);
		expect(merge.conflicts.map((c) => [c.kind, c.mine, c.mineText, c.theirsText])).toEqual([
			['both-changed', 'aaaaa-103', 'Моє', 'Їхнє']
		]);
		expect(translations(merge.text)).toEqual({
			'aaaaa-101': 'Пароль',
			'aaaaa-102': 'Колега',
			'aaaaa-103': 'Їхнє',
			'aaaaa-104': 'Виберіть користувача.'
		});
	});

	it('refuses to merge an edited copy whose segments are not those of the base', () => {
		const other = sxsDoc('aaaaa', [...BASE.slice(0, 3), ['104', 'x', 'Another source.']]);
		const result = mergeVersions(base, other, base);
		expect(result).toEqual({
			ok: false,
			error: expect.stringMatching(/Segment 4 .*base/) as string
		});
		expect(mergeVersions(base, sxsDoc('aaaaa', BASE.slice(1)), base).ok).toBe(false);
	});

	it('reports a carry that serializeSxs refuses (a duplicated id in theirs) instead of losing it', () => {
		const mine = withEdits(base, { 'aaaaa-102': 'Увійдіть у Центр адміністрування.' });
		const theirs = sxsDoc('bbbbb', [
			BASE[0]!,
			['102', 'Увійдіть у центр.', 'Sign in to the admin center.'],
			['102', 'Інше речення.', 'Another sentence.']
		]);
		const merge = merged(mine, theirs);
		expect(merge.carried).toEqual([]);
		expect(merge.refused).toEqual([
			{
				mine: 'aaaaa-102',
				theirs: 'bbbbb-102',
				text: 'Увійдіть у Центр адміністрування.',
				reason: expect.stringMatching(/appears 2 times/) as string
			}
		]);
		expect(merge.text).toBe(theirs.text);
	});
});
