import { SaxesParser } from 'saxes';
import type { Diagnostic } from '../model/types.ts';
import { decodeXmlBytes } from './decode-xml-bytes.ts';
import type { XmlElement, XmlNode } from './xml-tree.ts';

/** What `readXml` gives: the root element, or why the input is not XML locdiff will read. */
export type ReadXmlResult =
	| { readonly ok: true; readonly root: XmlElement }
	| { readonly ok: false; readonly error: Diagnostic };

export interface ReadXmlOptions {
	/** Largest input accepted, in bytes (UTF-16 units for a string); default {@link MAX_XML_BYTES}. */
	readonly maxBytes?: number;
	/** Resolve namespaces (`uri` of each element); default true. Off is ~40% faster (TMX has none). */
	readonly namespaces?: boolean;
	/**
	 * Called as each element ends, with its whole subtree; returning true drops it from the tree.
	 * Streams a large document (a TMX `<tu>` at a time) without holding millions of nodes.
	 */
	readonly onElementEnd?: (element: XmlElement) => boolean;
}

/**
 * Default size limit, 40 MiB: a 100,000-unit memory of sentence-long units (about 38 MiB) fits;
 * a 50 MB file is refused before it can hold the tab (issue 11). Callers may pass another.
 */
export const MAX_XML_BYTES = 40 * 1024 * 1024;

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
		const message = `The file is ${mib(input.length)} MiB; locdiff reads XML up to ${mib(maxBytes)} MiB.`;
		return { ok: false, error: { severity: 'error', code: 'xml-too-large', message, line: 0 } };
	}
	const text = typeof input === 'string' ? input : decodeXmlBytes(input);
	if (typeof text !== 'string') return { ok: false, error: text };
	return parseTree(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, options);
}

function parseTree(text: string, options: ReadXmlOptions): ReadXmlResult {
	// saxes' own line tracking costs 7x the parse on large inputs: positions are computed from
	// the offset, and only for a message.
	const parser = new SaxesParser({ xmlns: options.namespaces ?? true, position: false });
	const { onElementEnd } = options;
	const stack: XmlNode[][] = [];
	const open: XmlElement[] = [];
	let root: XmlElement | null = null;
	let refusal: Diagnostic | null = null;
	const stop = (code: string, message: (where: string) => string): never => {
		const { line, column } = positionAt(text, parser.position);
		refusal = { severity: 'error', code, message: message(`line ${line}, column ${column}`), line };
		throw new Error(refusal.message);
	};
	parser.on('doctype', () => {
		stop(
			'xml-doctype',
			(at) =>
				`The file declares a document type (${at}); locdiff refuses DTDs and entity declarations.`
		);
	});
	parser.on('xmldecl', (decl) => {
		if (decl.encoding !== undefined && !/^utf-?8$/i.test(decl.encoding)) {
			stop(
				'xml-encoding',
				() => `The file declares encoding "${decl.encoding}"; locdiff reads UTF-8 XML only.`
			);
		}
	});
	parser.on('opentag', (tag) => {
		if (stack.length >= MAX_DEPTH)
			stop(
				'xml-too-deep',
				(at) => `The file nests elements deeper than ${MAX_DEPTH} levels (${at}).`
			);
		const attributes = readAttributes(tag.attributes);
		const children: XmlNode[] = [];
		const element: XmlElement = {
			name: tag.local ?? tag.name,
			uri: tag.uri ?? '',
			attributes,
			children
		};
		stack[stack.length - 1]?.push(element);
		if (stack.length === 0) root = element;
		stack.push(children);
		open.push(element);
	});
	const addText = (value: string): void => {
		const children = stack[stack.length - 1];
		if (!children) return;
		const last = children.length - 1;
		if (typeof children[last] === 'string') children[last] += value;
		else children.push(value);
	};
	parser.on('text', addText);
	parser.on('cdata', addText);
	parser.on('closetag', () => {
		stack.pop();
		const element = open.pop();
		// The element is its parent's last child: everything added since was inside it.
		if (element && onElementEnd?.(element) === true) stack[stack.length - 1]?.pop();
	});
	parser.on('error', (error) => {
		stop('xml-malformed', (at) => `The file is not well-formed XML (${at}): ${error.message}`);
	});
	try {
		parser.write(text).close();
	} catch (error: unknown) {
		if (refusal) return { ok: false, error: refusal };
		throw error;
	}
	if (root) return { ok: true, root };
	return {
		ok: false,
		error: {
			severity: 'error',
			code: 'xml-malformed',
			message: 'The file holds no XML element.',
			line: 0
		}
	};
}

/** Attribute values by qualified name; without namespaces saxes already gives exactly that. */
function readAttributes(
	attributes: Record<string, string> | Record<string, { readonly value: string }>
): Record<string, string> {
	const values: Record<string, string> = {};
	for (const name in attributes) {
		const attribute = attributes[name];
		if (typeof attribute === 'string') return attributes as Record<string, string>;
		if (attribute) values[name] = attribute.value;
	}
	return values;
}

/** 1-based line and column of a string offset. */
function positionAt(text: string, offset: number): { line: number; column: number } {
	let line = 1;
	let lineStart = 0;
	for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
		line++;
		lineStart = i + 1;
	}
	return { line, column: offset - lineStart + 1 };
}
