import { describe, expect, it } from 'vitest';
import { readXml } from '../../../../src/core/xml/read-xml.ts';
import { textContent } from '../../../../src/core/xml/xml-tree.ts';
import { hostileInputs, oversizedXliff } from '../../../helpers/hostile-xml.ts';

describe('readXml', () => {
	it('reads elements, namespaces, attributes and text, keeping CR given as a reference', () => {
		const result = readXml(
			'<?xml version="1.0" encoding="utf-8"?><a xmlns="urn:x" xml:lang="de">x&amp;&#13;<![CDATA[<y>]]></a>'
		);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.root).toMatchObject({
			name: 'a',
			uri: 'urn:x',
			attributes: { 'xml:lang': 'de' }
		});
		expect(result.root.children).toEqual(['x&\r<y>']);
	});

	it('skips a UTF-8 byte order mark', () => {
		const result = readXml(
			new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<a>b</a>')])
		);
		expect(result.ok && textContent(result.root)).toBe('b');
	});

	const expectedCodes: Record<string, string> = {
		'a DTD with internal entities': 'xml-doctype',
		'billion laughs': 'xml-doctype',
		'an external entity (XXE)': 'xml-doctype',
		'an undeclared entity': 'xml-malformed',
		'invalid UTF-8': 'xml-not-utf8',
		'UTF-16': 'xml-utf16',
		'a Latin-1 declaration': 'xml-encoding',
		'malformed XML': 'xml-malformed',
		'a control character': 'xml-malformed',
		'deep nesting': 'xml-too-deep',
		'no element at all': 'xml-malformed'
	};
	it.each(Object.entries(hostileInputs()))('refuses %s with a message', (name, bytes) => {
		const result = readXml(bytes);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.error.code).toBe(expectedCodes[name]);
		expect(result.error.message.length).toBeGreaterThan(20);
	});

	it('names the offset of the first invalid UTF-8 byte', () => {
		const result = readXml(hostileInputs()['invalid UTF-8'] ?? new Uint8Array());
		expect(!result.ok && result.error.message).toContain('offset 60');
	});

	it('refuses a 50 MB file by its size, before parsing it', () => {
		const result = readXml(oversizedXliff(50));
		expect(!result.ok && result.error.code).toBe('xml-too-large');
		expect(!result.ok && result.error.message).toMatch(/47\.7 MiB.*40\.0 MiB/);
	});

	it('takes a lower size limit from its options', () => {
		const result = readXml('<a>0123456789</a>', { maxBytes: 10 });
		expect(!result.ok && result.error.code).toBe('xml-too-large');
	});
});
