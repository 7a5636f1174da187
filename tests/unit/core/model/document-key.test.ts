import { describe, expect, it } from 'vitest';
import { documentKeyOf, isSameDocument } from '../../../../src/core/index.ts';

describe('documentKeyOf', () => {
	it('takes the locale out of a file name, and folders out of a path', () => {
		expect(documentKeyOf('examples/sync-settings.de-DE.md')).toBe('sync-settings.md');
		expect(documentKeyOf('zh-cn/docs/Intro.md')).toBe('intro.md');
		expect(documentKeyOf('de/a (2).md')).toBe('a.md');
	});

	it('keeps words that only look like locales (how-to) in the name', () => {
		expect(documentKeyOf('how-to.md')).toBe('how-to.md');
	});
});

describe('isSameDocument', () => {
	it('groups locales by name, or by ms.locfileid when the names differ', () => {
		expect(isSameDocument({ path: 'a.de-DE.md' }, { path: 'a.uk-UA.md' })).toBe(true);
		expect(isSameDocument({ path: 'a.md' }, { path: 'b.md' })).toBe(false);
		const withId = (path: string) => ({ path, locFileId: '90210' });
		expect(isSameDocument(withId('x.md'), withId('y.md'))).toBe(true);
	});
});
