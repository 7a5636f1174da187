import { XML_ILLEGAL } from '../inline/xml-illegal.ts';

/**
 * Escapes text for element content. `>` is escaped too (so `]]>` never appears) and CR becomes
 * `&#13;`: a parser turns a raw CR or CRLF into LF, which would change a segment's bytes.
 * Callers keep XML-illegal characters out (as `char` codes); one that slips through is a
 * programmer error.
 */
export function escapeXmlText(text: string): string {
	if (XML_ILLEGAL.test(text))
		throw new Error('escapeXmlText: text holds a character XML 1.0 forbids');
	return text.replace(TEXT_SPECIAL, (c) => TEXT_ESCAPES[c] ?? c);
}

/**
 * Escapes an attribute value (double-quoted). Tab, LF and CR become references, which attribute
 * normalisation keeps; XML-illegal characters (only a file path could hold one) become U+FFFD,
 * the one lossy case, named in the README.
 */
export function escapeXmlAttribute(value: string): string {
	return value
		.replace(new RegExp(XML_ILLEGAL.source, 'g'), '\uFFFD')
		.replace(ATTRIBUTE_SPECIAL, (c) => ATTRIBUTE_ESCAPES[c] ?? c);
}

const TEXT_SPECIAL = /[&<>\r]/g;
const ATTRIBUTE_SPECIAL = /[&<>"\t\n\r]/g;
const TEXT_ESCAPES: Readonly<Record<string, string>> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'\r': '&#13;'
};
const ATTRIBUTE_ESCAPES: Readonly<Record<string, string>> = {
	...TEXT_ESCAPES,
	'"': '&quot;',
	'\t': '&#9;',
	'\n': '&#10;'
};
