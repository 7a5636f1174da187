import { describe, expect, it } from 'vitest';
import { checkEdit, parseSxs, serializeSxs } from '../../../../src/core/index.ts';
import { segmentMarkup } from '../../../helpers/sxs-builders.ts';

const text = `# ${segmentMarkup('a1b2c-101', 'Titel', 'Title')}\r\n\n${segmentMarkup('a1b2c-102', 'Satz  eins. ', 'Sentence one. ')} ${segmentMarkup('a1b2c-103', 'izpildiet </span> šeit', 'follow </span> here')}`;
const document = parseSxs(text);
const edit = (id: string, value: string) => serializeSxs(document, new Map([[id, value]]));

describe('serializeSxs', () => {
	it('returns the very same text when there are no edits', () => {
		expect(serializeSxs(document).text).toBe(text);
	});

	it('replaces one translation and keeps CRLF, double spaces and the missing final newline', () => {
		const { text: out, refused } = edit('a1b2c-102', 'Satz eins.');
		expect(refused).toEqual([]);
		expect(out).toBe(text.replace('>Satz  eins. <', '>Satz eins.<'));
	});

	it('writes an edit back to the original text as the original bytes', () => {
		expect(edit('a1b2c-101', 'Titel').text).toBe(text);
	});

	it.each([
		['a new segment opening', 'Text <span data-ttu-id="a1b2c-999">x'],
		['the source sentinel', 'Text</span><span class="sxs-lookup"><span data-stu-id="a1b2c-101">'],
		['a sxs-lookup class', '<span class="sxs-lookup">x</span>']
	])('refuses %s with a reason naming the markup', (_name, value) => {
		const { text: out, refused } = edit('a1b2c-101', value);
		expect(out).toBe(text);
		expect(refused).toHaveLength(1);
		expect(refused[0]?.reason).toMatch(/segment markup/);
	});

	it('refuses a new unmatched </span> but keeps one the original already had (E5)', () => {
		expect(edit('a1b2c-102', 'Satz </span> eins').refused[0]?.reason).toMatch(/unmatched <\/span>/);
		expect(edit('a1b2c-103', 'IZPILDIET </span> ŠEIT').refused).toEqual([]);
	});

	it('refuses an unclosed <span> but accepts a balanced one', () => {
		expect(edit('a1b2c-102', 'Satz <span>eins').refused[0]?.reason).toMatch(/does not close/);
		expect(edit('a1b2c-102', 'Satz <span>eins</span>').refused).toEqual([]);
	});

	it('refuses edits to unknown ids and to duplicate ids', () => {
		expect(edit('a1b2c-999', 'x').refused[0]?.reason).toMatch(/no segment/);
		const twice = parseSxs(
			`${segmentMarkup('a1b2c-101', 'A', 'A')} ${segmentMarkup('a1b2c-101', 'B', 'B')}`
		);
		const result = serializeSxs(twice, new Map([['a1b2c-101', 'C']]));
		expect(result.refused[0]?.reason).toMatch(/appears 2 times/);
		expect(result.text).toBe(twice.text);
	});

	it('applies the acceptable edits when others are refused', () => {
		const { text: out, refused } = serializeSxs(
			document,
			new Map([
				['a1b2c-101', 'Überschrift'],
				['a1b2c-102', 'x <span data-ttu-id="a1b2c-5">']
			])
		);
		expect(refused.map((r) => r.id)).toEqual(['a1b2c-102']);
		expect(out).toBe(text.replace('>Titel<', '>Überschrift<'));
	});
});

describe('checkEdit', () => {
	it('accepts ordinary text with newlines, entities and Markdown', () => {
		const segment = document.segments[1]!;
		expect(checkEdit(segment, 'Neu\n**fett** &amp; [Link](https://e.test) <br>')).toBeNull();
	});
});
