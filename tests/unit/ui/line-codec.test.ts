import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	decodeLine,
	encodeLine,
	encodedOffset,
	newlineMarkerFor
} from '../../../src/ui/diff/line-codec.ts';

describe('encodeLine', () => {
	it('shows a newline as ⏎ and CRLF as ␍⏎', () => {
		expect(encodeLine('a\nb\r\nc')).toBe('a⏎b␍⏎c');
	});

	it('escapes a real ⏎ so it does not read as a newline', () => {
		expect(encodeLine('press ⏎')).toBe('press \u2060⏎');
		expect(decodeLine('press \u2060⏎')).toBe('press ⏎');
	});

	it('never produces a line break', () => {
		fc.assert(fc.property(fc.string(), (text) => !/[\r\n]/.test(encodeLine(text))));
	});
});

describe('decodeLine', () => {
	it('turns markers back into line breaks', () => {
		expect(decodeLine('a⏎b␍⏎c')).toBe('a\nb\r\nc');
	});

	it('round-trips any text, markers and escapes included', () => {
		const alphabet = fc.constantFrom('a', '\n', '\r', '⏎', '␍', '\u2060', ' ');
		const text = fc.array(alphabet, { maxLength: 12 }).map((chars) => chars.join(''));
		fc.assert(fc.property(text, (value) => decodeLine(encodeLine(value)) === value));
		fc.assert(fc.property(fc.string(), (value) => decodeLine(encodeLine(value)) === value));
	});
});

describe('newlineMarkerFor', () => {
	it('follows the row text line ending', () => {
		expect(newlineMarkerFor('a\r\nb')).toBe('␍⏎');
		expect(newlineMarkerFor('a b')).toBe('⏎');
	});
});

describe('encodedOffset', () => {
	it('moves offsets past escapes', () => {
		expect(encodedOffset('⏎ x', 2)).toBe(3);
		expect(encodedOffset('a\nb', 2)).toBe(2);
	});
});
