import { describe, expect, it } from 'vitest';
import { findNextRow } from '../../../src/ui/diff/navigation.ts';

describe('findNextRow', () => {
	it('moves forward and backward from the current row', () => {
		expect(findNextRow([2, 5, 9], 5, 1)).toBe(9);
		expect(findNextRow([2, 5, 9], 5, -1)).toBe(2);
	});

	it('wraps around the file', () => {
		expect(findNextRow([2, 5], 7, 1)).toBe(2);
		expect(findNextRow([2, 5], 1, -1)).toBe(5);
	});

	it('finds nothing in a file without differences', () => {
		expect(findNextRow([], 3, 1)).toBeNull();
	});
});
