import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinRuns, splitCodes, type InlineRun } from '../../../../src/core/index.ts';
import { XML_ILLEGAL } from '../../../../src/core/inline/xml-illegal.ts';
import { markupText } from '../../../helpers/interop-builders.ts';

/** Runs as short strings: text as is, codes as `role:type:id:text`. */
function describeRuns(runs: readonly InlineRun[]): string[] {
	return runs.map((run) =>
		typeof run === 'string' ? run : `${run.role}:${run.type}:${run.id}:${run.text}`
	);
}

describe('splitCodes', () => {
	it('pairs an HTML element around its text', () => {
		expect(describeRuns(splitCodes('Select <b>Save</b> now'))).toEqual([
			'Select ',
			'open:html:1:<b>',
			'Save',
			'close:html:1:</b>',
			' now'
		]);
	});

	it('keeps a void element, a self-closing tag and an end tag without its start standalone', () => {
		expect(describeRuns(splitCodes('a<br>b<br/>c</i>d'))).toEqual([
			'a',
			'standalone:html:1:<br>',
			'b',
			'standalone:html:2:<br/>',
			'c',
			'standalone:html:3:</i>',
			'd'
		]);
	});

	it('leaves a placeholder in angle brackets as text for the translator', () => {
		expect(splitCodes('Type <email> here')).toEqual(['Type <email> here']);
	});

	it('pairs link and image brackets with their targets, nested', () => {
		expect(describeRuns(splitCodes('[![Logo](l.png)](https://e.test "T")'))).toEqual([
			'open:link:1:[',
			'open:image:2:![',
			'Logo',
			'close:image:2:](l.png)',
			'close:link:1:](https://e.test "T")'
		]);
	});

	it('keeps a link target whose text began in another segment standalone, and lone brackets as text', () => {
		expect(describeRuns(splitCodes('text](x.md) and [a] b'))).toEqual([
			'text',
			'standalone:link:1:](x.md)',
			' and [a] b'
		]);
	});

	it('protects inline code, directives, comments, autolinks, entities and escapes whole', () => {
		const text = '`a <b>` [!NOTE] [!INCLUDE[t](../i.md)] <!-- c --> <https://e.test> &amp; \\*';
		const codes = splitCodes(text).filter((run) => typeof run !== 'string');
		expect(codes.map((code) => [code.type, code.text])).toEqual([
			['code', '`a <b>`'],
			['directive', '[!NOTE]'],
			['directive', '[!INCLUDE[t](../i.md)]'],
			['comment', '<!-- c -->'],
			['autolink', '<https://e.test>'],
			['entity', '&amp;'],
			['escape', '\\*']
		]);
	});

	it('makes characters XML cannot hold a char code, splitting a code that would hold them', () => {
		expect(describeRuns(splitCodes('a\u0001\uDC80b`x\u0002`'))).toEqual([
			'a',
			'standalone:char:1:\u0001\uDC80',
			'b`x',
			'standalone:char:2:\u0002',
			'`'
		]);
	});

	it('does not pair across an element: pairs always nest', () => {
		const runs = splitCodes('<b>[x</b>](u)');
		expect(describeRuns(runs)).toEqual([
			'open:html:1:<b>',
			'[x',
			'close:html:1:</b>',
			'standalone:link:2:](u)'
		]);
	});

	it('gives the text back when joined, and no text run holds an XML-illegal character', () => {
		fc.assert(
			fc.property(fc.oneof(markupText, fc.string({ unit: 'binary' })), (text) => {
				const runs = splitCodes(text);
				expect(joinRuns(runs)).toBe(text);
				for (const run of runs)
					if (typeof run === 'string') expect(XML_ILLEGAL.test(run)).toBe(false);
			}),
			{ seed: 11, numRuns: 300 }
		);
	}, 30_000);
});
