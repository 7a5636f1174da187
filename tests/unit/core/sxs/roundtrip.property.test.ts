import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanSxs, parseSxs, serializeSxs } from '../../../../src/core/index.ts';
import { gapText, sxsDocument, translationText } from '../../../helpers/sxs-builders.ts';

describe('parseSxs and serializeSxs (properties)', () => {
	it('serialize(parse(text)) is text for any text, even markup soup', () => {
		const soup = fc
			.array(fc.oneof(gapText, translationText, fc.string()), { maxLength: 10 })
			.map((p) => p.join(''));
		fc.assert(
			fc.property(soup, (text) => {
				expect(serializeSxs(parseSxs(text)).text).toBe(text);
			}),
			{ numRuns: 500 }
		);
	});

	it('finds exactly the generated segments and writes them back unchanged', () => {
		fc.assert(
			fc.property(sxsDocument, (generated) => {
				const document = parseSxs(generated.text);
				expect(
					document.segments.map(({ id, translation, source }) => ({ id, translation, source }))
				).toEqual(generated.segments);
				expect(serializeSxs(document).text).toBe(generated.text);
			}),
			{ numRuns: 500 }
		);
	});

	it('an accepted edit changes exactly its translation and re-parses to the same segments', () => {
		const withEdits = sxsDocument.chain((generated) =>
			fc.record({
				generated: fc.constant(generated),
				edits: fc.array(fc.tuple(fc.nat(), translationText), { maxLength: 4 })
			})
		);
		fc.assert(
			fc.property(withEdits, ({ generated, edits }) => {
				const document = parseSxs(generated.text);
				if (document.segments.length === 0) return;
				const editMap = new Map(
					edits.map(([n, text]) => [
						document.segments[n % document.segments.length]!.id as string,
						text
					])
				);
				const { text, refused } = serializeSxs(document, editMap);
				const accepted = new Map([...editMap].filter(([id]) => !refused.some((r) => r.id === id)));
				let expected = '';
				let position = 0;
				for (const segment of document.segments) {
					const value = accepted.get(segment.id);
					if (value === undefined) continue;
					expected += document.text.slice(position, segment.translationStart) + value;
					position = segment.translationEnd;
				}
				expect(text).toBe(expected + document.text.slice(position));
				const reparsed = parseSxs(text);
				expect(reparsed.segments.map((s) => [s.id, s.source])).toEqual(
					document.segments.map((s) => [s.id, s.source])
				);
				expect(reparsed.segments.map((s) => s.translation)).toEqual(
					document.segments.map((s) => accepted.get(s.id) ?? s.translation)
				);
			}),
			{ numRuns: 500 }
		);
	});

	it('clean output is the text with every segment replaced by its translation', () => {
		fc.assert(
			fc.property(sxsDocument, (generated) => {
				const document = parseSxs(generated.text);
				let expected = document.text;
				for (const segment of [...document.segments].reverse()) {
					expected =
						expected.slice(0, segment.segmentStart) +
						segment.translation +
						expected.slice(segment.segmentEnd);
				}
				expect(cleanSxs(document)).toBe(expected);
			}),
			{ numRuns: 300 }
		);
	});
});
