import { SaxesParser, type SaxesTagNS } from 'saxes';
import type { Diagnostic } from '../model/types.ts';
import type { XmlElement, XmlNode } from './xml-tree.ts';

/** What `readXml` gives: the root element, or why the input is not XML locdiff will read. */
export type ReadXmlResult =
	| { readonly ok: true; readonly root: XmlElement }
	| { readonly ok: false; readonly error: Diagnostic };

export interface ReadXmlOptions {
	/** Largest input accepted, in bytes (UTF-16 units for a string); default {@link MAX_XML_BYTES}. */
	readonly maxBytes?: number;
}

/** Default size limit: 48 MiB holds a 100,000-unit memory with room to spare; more is refused. */
export const MAX_XML_BYTES = 48 * 1024 * 1024;

/** Deepest element nesting accepted: XLIFF and TMX need under 10; more is an attack or an error. */
const MAX_DEPTH = 256;

/**
 * Parses UTF-8 XML into a tree with saxes (strict, non-validating, no I/O). Refused with a
 * message, never thrown: a document type declaration of any kind (so no entity expansion, no
 * external entities: no XXE or billion laughs), undefined entities, malformed XML, characters XML
 * forbids, invalid UTF-8, UTF-16, an encoding other than UTF-8, and inputs over the size limit.
 */
export function readXml(input: Uint8Array | string, options: ReadXmlOptions = {}): ReadXmlResult {
	const maxBytes = options.maxBytes ?? MAX_XML_BYTES;
	if (input.length > maxBytes) {
		const mib = (n: number): string => (n / 1024 / 1024).toFixed(1);
		return fail(
			'xml-too-large',
			`The file is ${mib(input.length)} MiB; locdiff reads XML up to ${mib(maxBytes)} MiB.`
		);
	}
	const text = typeof input === 'string' ? input : decodeUtf8(input);
	if (typeof text !== 'string') return { ok: false, error: text };
	return parseTree(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}

function parseTree(text: string): ReadXmlResult {
	const parser = new SaxesParser({ xmlns: true, position: true });
	const stack: { element: XmlElement; children: XmlNode[] }[] = [];
	let root: XmlElement | null = null;
	let refusal: Diagnostic | null = null;
	const stop = (code: string, message: string): never => {
		refusal = { severity: 'error', code, message, line: parser.line };
		throw new Error(message);
	};
	parser.on('doctype', () => {
		stop(
			'xml-doctype',
			`The file declares a document type (line ${parser.line}); locdiff refuses DTDs and entity declarations.`
		);
	});
	parser.on('xmldecl', (decl) => {
		if (decl.encoding !== undefined && !/^utf-?8$/i.test(decl.encoding)) {
			stop(
				'xml-encoding',
				`The file declares encoding "${decl.encoding}"; locdiff reads UTF-8 XML only.`
			);
		}
	});
	parser.on('opentag', (tag: SaxesTagNS) => {
		if (stack.length >= MAX_DEPTH)
			stop(
				'xml-too-deep',
				`The file nests elements deeper than ${MAX_DEPTH} levels (line ${parser.line}).`
			);
		const attributes: Record<string, string> = {};
		for (const attribute of Object.values(tag.attributes))
			attributes[attribute.name] = attribute.value;
		const children: XmlNode[] = [];
		const element: XmlElement = {
			name: tag.local,
			uri: tag.uri,
			attributes,
			children,
			line: parser.line
		};
		stack[stack.length - 1]?.children.push(element);
		if (stack.length === 0) root = element;
		stack.push({ element, children });
	});
	const addText = (value: string): void => {
		const children = stack[stack.length - 1]?.children;
		if (!children) return;
		const last = children.length - 1;
		if (typeof children[last] === 'string') children[last] += value;
		else children.push(value);
	};
	parser.on('text', addText);
	parser.on('cdata', addText);
	parser.on('closetag', () => void stack.pop());
	parser.on('error', (error) => {
		stop(
			'xml-malformed',
			`The file is not well-formed XML: line ${parser.line}, column ${parser.column}: ${error.message.replace(/^\d+:\d+: /, '')}`
		);
	});
	try {
		parser.write(text).close();
	} catch (error: unknown) {
		if (refusal) return { ok: false, error: refusal };
		throw error;
	}
	return root ? { ok: true, root } : fail('xml-malformed', 'The file holds no XML element.');
}

const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const looseDecoder = new TextDecoder('utf-8', { ignoreBOM: true });
const encoder = new TextEncoder();

/** UTF-8 text, or why the bytes are not UTF-8 (with the offset of the first bad byte). */
function decodeUtf8(bytes: Uint8Array): string | Diagnostic {
	if (
		(bytes[0] === 0xff && bytes[1] === 0xfe) ||
		(bytes[0] === 0xfe && bytes[1] === 0xff) ||
		(bytes[0] === 0x3c && bytes[1] === 0)
	) {
		return diagnostic('xml-utf16', 'The file is UTF-16; locdiff reads UTF-8 XML only.');
	}
	try {
		return strictDecoder.decode(bytes);
	} catch {
		const loose = looseDecoder.decode(bytes);
		const offset = encoder.encode(loose.slice(0, loose.indexOf('\uFFFD'))).length;
		return diagnostic(
			'xml-not-utf8',
			`The file is not valid UTF-8 (first invalid byte near offset ${offset}).`
		);
	}
}

function diagnostic(code: string, message: string): Diagnostic {
	return { severity: 'error', code, message, line: 0 };
}

function fail(code: string, message: string): ReadXmlResult {
	return { ok: false, error: diagnostic(code, message) };
}
