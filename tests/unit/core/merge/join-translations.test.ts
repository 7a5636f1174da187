import { describe, expect, it } from 'vitest';
import { findJoiner, joinTranslations } from '../../../../src/core/merge/join-translations.ts';

describe('findJoiner', () => {
	it('finds the space or the empty joiner that rebuilds the whole, and nothing else', () => {
		expect(findJoiner(['Увійдіть.', 'Виберіть.'], 'Увійдіть. Виберіть.')).toBe(' ');
		expect(findJoiner(['登录。', '选择。'], '登录。选择。')).toBe('');
		expect(findJoiner(['A. ', 'B.'], 'A. B.')).toBe('');
		expect(findJoiner(['A.', 'B.'], 'A.  B.')).toBeNull();
		expect(findJoiner(['A.', 'B.'], 'A.\nB.')).toBeNull();
	});
});

describe('joinTranslations', () => {
	it('joins with a space, but with nothing after CJK text, full-width forms or whitespace', () => {
		expect(joinTranslations(['Увійдіть.', 'Виберіть.'])).toBe('Увійдіть. Виберіть.');
		expect(joinTranslations(['登录。', '选择用户。'])).toBe('登录。选择用户。');
		expect(joinTranslations(['ログイン！', '次へ'])).toBe('ログイン！次へ');
		expect(joinTranslations(['A. ', 'B.'])).toBe('A. B.');
		expect(joinTranslations(['', 'B.'])).toBe('B.');
		expect(joinTranslations(['Only.'])).toBe('Only.');
	});
});
