import { describe, expect, it } from 'vitest';
import { checkSegments } from '../../../../src/core/qa/check-segments.ts';
import { dismissalKey } from '../../../../src/core/qa/dismissal-key.ts';

function keysOf(id: string, source: string, translation: string): string[] {
	return checkSegments([{ id, source, translation }]).map((p) =>
		dismissalKey(p, source, translation)
	);
}

describe('dismissalKey', () => {
	it('is the same for the same problem found again', () => {
		expect(keysOf('a-1', 'Open [it](a.md).', 'Öffnen.')).toEqual(
			keysOf('a-1', 'Open [it](a.md).', 'Öffnen.')
		);
	});

	it('changes when the translation or the source changes', () => {
		const [before] = keysOf('a-1', 'Open [it](a.md).', 'Öffnen.');
		const [translation] = keysOf('a-1', 'Open [it](a.md).', 'Öffnen!');
		const [source] = keysOf('a-1', 'Open [it](b.md).', 'Öffnen.');
		expect(new Set([before, translation, source]).size).toBe(3);
	});

	it('tells two problems of one check in one segment apart', () => {
		const keys = keysOf('a-1', 'See [a](a.md) and [b](b.md).', 'Siehe a und b.');
		expect(keys.length).toBeGreaterThanOrEqual(2);
		expect(new Set(keys).size).toBe(keys.length);
	});

	it('differs between segments with the same texts', () => {
		expect(keysOf('a-1', 'Open [it](a.md).', 'Öffnen.')).not.toEqual(
			keysOf('a-2', 'Open [it](a.md).', 'Öffnen.')
		);
	});
});
