import { describe, expect, it } from 'vitest';
import { extractTokens } from '../../../../src/core/qa/extract-tokens.ts';

/** `kind:text` of every token, the shortest readable expectation. */
function tokensOf(text: string): string[] {
	return extractTokens(text).map((token) => `${token.kind}:${token.text}`);
}

describe('extractTokens', () => {
	it('keeps inline code whole and does not look inside it', () => {
		expect(tokensOf('Run `npm i **x** 2` now')).toEqual(['code:`npm i **x** 2`']);
	});

	it('reads a Markdown link as brackets plus its target, without the title', () => {
		expect(tokensOf('See [the docs](/azure/vm "Title") here')).toEqual([
			'markdown:[',
			'markdown:]',
			'link:/azure/vm'
		]);
	});

	it('gives ranges that slice back to the token text', () => {
		const text = 'Set **Name** to `a` at https://example.com/x.';
		for (const token of extractTokens(text)) {
			expect(text.slice(token.start, token.end)).toBe(token.text);
		}
	});

	it('drops sentence punctuation after a bare URL', () => {
		expect(tokensOf('Go to https://example.com/x.')).toEqual(['url:https://example.com/x']);
	});

	it('tells HTML tags from angle-bracket placeholders', () => {
		expect(tokensOf('Type <email> and press <kbd>Enter</kbd>')).toEqual([
			'placeholder:<email>',
			'html-tag:<kbd>',
			'html-tag:</kbd>'
		]);
	});

	it('reads href values of HTML links as links', () => {
		const tokens = extractTokens('<a href="https://example.com/en-us/x">x</a>');
		expect(tokens.map((token) => token.key)).toEqual([
			'<a>',
			'https://example.com/{locale}/x',
			'</a>'
		]);
		const link = tokens[1];
		expect(link && '<a href="https://example.com/en-us/x">'.slice(link.start, link.end)).toBe(
			'https://example.com/en-us/x'
		);
	});

	it('finds entities and brace and printf placeholders', () => {
		expect(tokensOf('A&nbsp;B {0} {{name}} %s 100%')).toEqual([
			'entity:&nbsp;',
			'placeholder:{0}',
			'placeholder:{{name}}',
			'placeholder:%s',
			'number:100'
		]);
	});

	it('counts *** as ** plus *', () => {
		expect(tokensOf('***x***')).toEqual(['markdown:**', 'markdown:*', 'markdown:**', 'markdown:*']);
	});

	it('reads locale number formats as one number each', () => {
		expect(extractTokens('2.0 2,0 1,000 1.000 1 000').map((token) => token.key)).toEqual([
			'20',
			'20',
			'1000',
			'1000',
			'1000'
		]);
	});

	it('keeps numbers a space apart as separate numbers', () => {
		expect(tokensOf('between 5 10')).toEqual(['number:5', 'number:10']);
	});

	it('finds no token in plain words, product names included', () => {
		expect(tokensOf('Azure Virtual Machines and Microsoft Entra ID')).toEqual([]);
	});
});
