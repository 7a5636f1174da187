import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	lineWordChanges,
	wordChangesOf,
	type WordChange
} from '../../../src/state/word-changes.ts';

/** The text of each changed range, both sides, for readable expectations. */
function changed(before: string, after: string): [string, string][] {
	return (wordChangesOf(before, after) ?? []).map((c) => [
		before.slice(c.beforeStart - 1, c.beforeEnd - 1),
		after.slice(c.afterStart - 1, c.afterEnd - 1)
	]);
}

/** A side with its changed ranges cut out and its spaces dropped. */
function unchangedOf(text: string, ranges: readonly (readonly [number, number])[]): string {
	let kept = '';
	let from = 1;
	for (const [start, end] of ranges) {
		kept += text.slice(from - 1, start - 1);
		from = end;
	}
	return (kept + text.slice(from - 1)).replace(/\s/gu, '');
}

describe('wordChangesOf', () => {
	it('marks the replaced word, not the letters that differ', () => {
		expect(wordChangesOf('Wählen Sie Speichern aus.', 'Wählen Sie Sichern aus.')).toEqual([
			{ beforeStart: 12, beforeEnd: 21, afterStart: 12, afterEnd: 19 }
		]);
	});

	it('gives an inserted word an empty range on the other side, spaces left out', () => {
		expect(wordChangesOf('Wählen Sie Speichern aus.', 'Wählen Sie  Speichern jetzt aus.')).toEqual([
			{ beforeStart: 21, beforeEnd: 21, afterStart: 23, afterEnd: 28 }
		]);
	});

	it('counts an astral character as two columns (UTF-16), as Monaco does', () => {
		expect(wordChangesOf('a 😀 b', 'a 😃 b')).toEqual([
			{ beforeStart: 3, beforeEnd: 5, afterStart: 3, afterEnd: 5 }
		]);
		expect(changed('😀 Alt 𠀋', '😀 Neu 𠀋')).toEqual([['Alt', 'Neu']]);
		expect(wordChangesOf('😀 Alt 𠀋', '😀 Neu 𠀋')?.[0]?.beforeStart).toBe(4);
	});

	it('diffs Chinese by word (Intl.Segmenter), one column per character', () => {
		expect(changed('选择用户。然后保存。', '选择帐户。然后保存。')).toEqual([['用户', '帐户']]);
		expect(wordChangesOf('选择用户。然后保存。', '选择帐户。然后保存。')).toEqual([
			{ beforeStart: 3, beforeEnd: 5, afterStart: 3, afterEnd: 5 }
		]);
	});

	it('gives an empty side (no aligned segment) one change over the other side', () => {
		expect(changed('', 'Neuer Satz.')).toEqual([['', 'Neuer Satz.']]);
	});

	it('leaves the same words outside the ranges on both sides (any two texts)', () => {
		const text = fc
			.array(fc.constantFrom('Wort', 'слово', '词语', '😀', ' ', '  ', '.', ',', '**a**', 'ｶﾅ'), {
				maxLength: 12
			})
			.map((pieces) => pieces.join(''));
		fc.assert(
			fc.property(text, text, (before, after) => {
				const changes = wordChangesOf(before, after);
				if (changes === null) return;
				const ranges = (pick: (c: WordChange) => [number, number]) => changes.map(pick);
				const left = ranges((c) => [c.beforeStart, c.beforeEnd]);
				const right = ranges((c) => [c.afterStart, c.afterEnd]);
				for (const [start, end] of [...left, ...right]) expect(start).toBeLessThanOrEqual(end);
				expect(left.every(([, end]) => end <= before.length + 1)).toBe(true);
				expect(right.every(([, end]) => end <= after.length + 1)).toBe(true);
				expect(unchangedOf(before, left)).toBe(unchangedOf(after, right));
			}),
			{ numRuns: 300, seed: 9014 }
		);
	});
});

describe('lineWordChanges', () => {
	it('lists only the differing lines, 1-based', async () => {
		const changes = await lineWordChanges(['same', 'alt Wort', 'x'], ['same', 'neu Wort', 'x']);
		expect(changes).toEqual([
			{ line: 2, words: [{ beforeStart: 1, beforeEnd: 4, afterStart: 1, afterEnd: 4 }] }
		]);
	});
});
