import { SaxesParser } from 'saxes';
import type { Diagnostic } from '../model/types.ts';
import { decodeXmlBytes } from './decode-xml-bytes.ts';

/** What a streaming reader is told, in document order. */
export interface XmlHandlers {
	/** An element starts: local name (qualified without namespaces), namespace URI, attributes by qualified name. */
	open(name: string, uri: string, attributes: Readonly<Record<string, string>>): void;
	/** Text or CDATA inside the root element (may come in several pieces). */
	text(text: string): void;
	/** The innermost open element ends. */
	close(): void;
}

export interface ReadXmlOptions {
	/** Largest input accepted, in bytes (UTF-16 units for a string); default {@link MAX_XML_BYTES}. */
	readonly maxBytes?: number;
	/** Resolve namespaces (each element's `uri`); default true. Off is ~40% faster (TMX has none). */
	readonly namespaces?: boolean;
}

/**
 * Default size limit, 40 MiB: a 100,000-unit memory of sentence-long units (about 38 MiB) fits;
 * a 50 MB file is refused before it can hold the tab (issue 11). Callers may pass another.
 */
export const MAX_XML_BYTES = 40 * 1024 * 1024;

/** Deepest element nesting accepted: XLIFF and TMX need under 10; more is an attack or an error. */
const MAX_DEPTH = 256;

/**
 * Streams UTF-8 XML through saxes (strict, non-validating, no I/O) into `handlers`. Refused
 * with a message, never thrown: a document type declaration of any kind (so no entity
 * expansion and no external entities: no XXE, no billion laughs), undefined entities, malformed
 * XML, characters XML forbids, invalid UTF-8, UTF-16, an encoding other than UTF-8, nesting
 * over 256 levels, no element at all, and inputs over the size limit. After a refusal the
 * handlers may have seen part of the document: callers discard what they built.
 */
export function streamXml(
	input: Uint8Array | string,
	handlers: XmlHandlers,
	options: ReadXmlOptions = {}
): { readonly ok: true } | { readonly ok: false; readonly error: Diagnostic } {
	const maxBytes = options.maxBytes ?? MAX_XML_BYTES;
	if (input.length > maxBytes) {
		const mib = (n: number): string => (n / 1024 / 1024).toFixed(1);
		return refuse(
			'xml-too-large',
			`The file is ${mib(input.length)} MiB; locdiff reads XML up to ${mib(maxBytes)} MiB.`
		);
	}
	const decoded = typeof input === 'string' ? input : decodeXmlBytes(input);
	if (typeof decoded !== 'string') return { ok: false, error: decoded };
	const text = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
	const namespaces = options.namespaces ?? true;
	// saxes' own line tracking costs several times the parse on large inputs: a position is
	// computed from the offset, and only for a message.
	const parser = new SaxesParser({ xmlns: namespaces, position: false });
	let depth = 0;
	let sawElement = false;
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
		if (++depth > MAX_DEPTH)
			stop(
				'xml-too-deep',
				(at) => `The file nests elements deeper than ${MAX_DEPTH} levels (${at}).`
			);
		sawElement = true;
		const attributes = namespaces
			? readAttributes(tag.attributes)
			: (tag.attributes as Record<string, string>);
		handlers.open(tag.local ?? tag.name, tag.uri ?? '', attributes);
	});
	const onText = (value: string): void => {
		if (depth > 0) handlers.text(value);
	};
	parser.on('text', onText);
	parser.on('cdata', onText);
	parser.on('closetag', () => {
		depth--;
		handlers.close();
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
	return sawElement ? { ok: true } : refuse('xml-malformed', 'The file holds no XML element.');
}

function refuse(code: string, message: string): { readonly ok: false; readonly error: Diagnostic } {
	return { ok: false, error: { severity: 'error', code, message, line: 0 } };
}

/** Attribute values by qualified name (with namespaces, saxes gives records with a `value`). */
function readAttributes(
	attributes: Record<string, string> | Record<string, { readonly value: string }>
): Record<string, string> {
	const values: Record<string, string> = {};
	for (const name of Object.keys(attributes)) {
		const attribute: string | { readonly value: string } | undefined = attributes[name];
		if (attribute !== undefined)
			values[name] = typeof attribute === 'string' ? attribute : attribute.value;
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
