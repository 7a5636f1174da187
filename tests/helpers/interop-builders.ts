/**
 * Builders for the XLIFF/TMX tests (issue 11): segment text rich in inline markup and in the
 * characters XML cannot carry as they are, and sxs documents made of such segments.
 */
import fc from 'fast-check';
import { segmentMarkup } from './sxs-builders.ts';

/** Pieces of segment text: every code kind, pairs and strays, and XML's hard characters. */
export const MARKUP_PIECES = [
	'Wort',
	'слово',
	' ',
	'\n',
	'\r',
	'\t',
	'<b>',
	'</b>',
	'<a href="x.md">',
	'</a>',
	'<br/>',
	'<img src="i.png">',
	'<email>',
	'<!-- note -->',
	'[',
	']',
	'](u.md)',
	'![',
	'`code`',
	'``a`b``',
	'[!NOTE]',
	'[!INCLUDE[t](../i.md)]',
	'<https://e.test>',
	'&amp;',
	'&#160;',
	'\\*',
	'\\',
	'&',
	']]>',
	'"\'',
	'\u0001',
	'\uDC80',
	'\uD800',
	'\uFFFE',
	'😀'
] as const;

export const markupText = fc
	.array(fc.constantFrom(...MARKUP_PIECES), { maxLength: 10 })
	.map((parts) => parts.join(''));

/** Text a CAT tool could type: no character that would form a code or sxs markup. */
export const plainText = fc
	.array(fc.constantFrom('Wort', 'слово', ' ', '\n', '\r', '.', '😀', '"', "'", '*'), {
		maxLength: 6
	})
	.map((parts) => parts.join(''));

export interface MarkupDocument {
	readonly text: string;
	readonly ids: readonly string[];
	readonly sources: readonly string[];
}

/** An sxs document (uk-UA, MT) whose segments hold `markupText`. Sources never hold `</span>`. */
export const markupDocument: fc.Arbitrary<MarkupDocument> = fc
	.array(fc.record({ translation: markupText, source: markupText }), { maxLength: 6 })
	.map((parts) => {
		const ids = parts.map((_, i) => `abcde-${101 + i}`);
		const body = parts.map(
			(part, i) => `${segmentMarkup(ids[i] ?? '', part.translation, part.source)}\n`
		);
		const text = `---\nms.contentlocale: uk-UA\nms.translationtype: MT\n---\n${body.join('')}`;
		return { text, ids, sources: parts.map((part) => part.source) };
	});
