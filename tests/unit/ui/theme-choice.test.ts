import { describe, expect, it } from 'vitest';
import { themeFor } from '../../../src/ui/diff/theme-choice.ts';

describe('themeFor', () => {
	it('follows the colour scheme, and forced colors win with a high-contrast theme', () => {
		expect(themeFor(false, false)).toBe('vs');
		expect(themeFor(false, true)).toBe('vs-dark');
		expect(themeFor(true, true)).toBe('hc-black');
		expect(themeFor(true, false)).toBe('hc-light');
	});
});
