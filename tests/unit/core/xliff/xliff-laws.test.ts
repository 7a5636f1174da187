import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	exportXliff,
	importXliff,
	joinRuns,
	parseSxs,
	serializeSxs,
	splitCodes,
	type Edits
} from '../../../../src/core/index.ts';
import { markupDocument, plainText } from '../../../helpers/interop-builders.ts';

const VERSIONS = ['1.2', '2.0'] as const;

/** Nonempty typed text, so two codes around a replaced text run stay apart. */
const typed = plainText.map((text) => (text === '' ? '.' : text));

/** A CAT tool's new translation: the source's codes in place, every text run retyped. */
function retype(source: string, texts: readonly string[]): string {
	let n = 0;
	const next = (): string => texts[n++ % texts.length] ?? '.';
	return (
		next() +
		joinRuns(splitCodes(source).map((run) => (typeof run === 'string' ? next() : run))) +
		next()
	);
}

describe('XLIFF round-trip laws', () => {
	it('export then import without changes gives no edits, so the same bytes', () => {
		fc.assert(
			fc.property(markupDocument, fc.constantFrom(...VERSIONS), (generated, version) => {
				const file = { path: 'g.md', sxs: parseSxs(generated.text) };
				const xml = exportXliff([file], { version });
				const result = importXliff(xml.ok ? xml.xml : '', [file]);
				expect(result.ok && result.refused).toEqual([]);
				expect(result.ok && result.files[0]?.edits.size).toBe(0);
				expect(serializeSxs(file.sxs, result.ok ? result.files[0]?.edits : undefined).text).toBe(
					generated.text
				);
			}),
			{ seed: 1101, numRuns: 300 }
		);
	});

	it('export, change targets, import gives the bytes apply gives for the same edits', () => {
		fc.assert(
			fc.property(
				markupDocument,
				fc.constantFrom(...VERSIONS),
				fc.array(typed, { minLength: 1, maxLength: 5 }),
				fc.array(fc.boolean(), { maxLength: 6 }),
				(generated, version, texts, chosen) => {
					const file = { path: 'g.md', sxs: parseSxs(generated.text) };
					const edits: Edits = new Map(
						file.sxs.segments
							.filter((_, i) => chosen[i] === true)
							.map((s) => [s.id, retype(s.source, texts)])
					);
					const xml = exportXliff([{ ...file, edits }], { version });
					const result = importXliff(xml.ok ? xml.xml : '', [file]);
					if (!result.ok) throw new Error(result.error.message);
					expect(result.refused).toEqual([]);
					expect(result.problems).toEqual([]);
					const imported = serializeSxs(file.sxs, result.files[0]?.edits).text;
					expect(imported).toBe(serializeSxs(file.sxs, edits).text);
				}
			),
			{ seed: 1102, numRuns: 300 }
		);
	});
});
