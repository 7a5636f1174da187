import { describe, it, expect } from 'vitest';
import { normalizeSource } from '../../../../src/core/align/normalize-source.ts';

describe('normalizeSource', () => {
	it('collapses whitespace runs, including line breaks and no-break spaces, to one space', () => {
		expect(normalizeSource('Open\u00a0the  file,\n  then\tclose it.')).toBe(
			'Open the file, then close it.'
		);
	});

	it('trims leading and trailing whitespace', () => {
		expect(normalizeSource('  Select **Save**. \n')).toBe('Select **Save**.');
	});

	it('keeps case, punctuation, entities, escapes and zero-width spaces', () => {
		const source = 'Use &lt;email&gt; \\* and **Bold** .\u200b';
		expect(normalizeSource(source)).toBe(source);
	});
});
