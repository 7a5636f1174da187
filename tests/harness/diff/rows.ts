import type { SegmentRow } from '../../../src/core/index.ts';

/**
 * Synthetic bilingual rows: every segment carries tokens (bold, link, code, number); every 7th
 * translation loses its bold markers (a token problem); every 5th is long enough to wrap;
 * row 3 holds a real line break.
 */
export function buildRows(count: number): SegmentRow[] {
	return Array.from({ length: count }, (_, index) => {
		const n = index + 1;
		const long =
			n % 5 === 0
				? ' This sentence is long on purpose so that the line wraps in a normal window and rows must stay level with each other.'
				: '';
		const longDe =
			n % 5 === 0
				? ' Dieser Satz ist absichtlich lang, damit die Zeile in einem normalen Fenster umbricht und die Zeilen auf gleicher Höhe bleiben müssen.'
				: '';
		const source = `Select **Option ${n}** in [Settings](/azure/settings), then enter \`value-${n}\` and 2.5 GB.${long}`;
		const bold = n % 7 === 0 ? `Option ${n}` : `**Option ${n}**`;
		const translation = `Wählen Sie ${bold} in [Einstellungen](/azure/settings), und geben Sie dann \`value-${n}\` und 2,5 GB ein.${longDe}`;
		const withBreak = n === 3 ? translation.replace(', und', ',\nund') : translation;
		return { id: `7e727-${n}`, source, original: withBreak, current: withBreak };
	});
}
