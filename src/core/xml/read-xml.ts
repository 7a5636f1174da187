import type { Diagnostic } from '../model/types.ts';
import { streamXml, type ReadXmlOptions } from './stream-xml.ts';
import type { XmlElement, XmlNode } from './xml-tree.ts';

/** What `readXml` gives: the root element, or why the input is not XML locdiff will read. */
export type ReadXmlResult =
	| { readonly ok: true; readonly root: XmlElement }
	| { readonly ok: false; readonly error: Diagnostic };

/**
 * Parses UTF-8 XML into a tree, with every refusal of `streamXml` (DTDs, entities, malformed
 * or non-UTF-8 input, size and depth limits) as an error value. Adjacent text is one node.
 */
export function readXml(input: Uint8Array | string, options: ReadXmlOptions = {}): ReadXmlResult {
	const stack: XmlNode[][] = [];
	let root: XmlElement | null = null;
	const result = streamXml(
		input,
		{
			open(name, uri, attributes) {
				const children: XmlNode[] = [];
				const element: XmlElement = { name, uri, attributes, children };
				stack[stack.length - 1]?.push(element);
				root ??= element;
				stack.push(children);
			},
			text(value) {
				const children = stack[stack.length - 1];
				if (!children) return;
				const last = children.length - 1;
				if (typeof children[last] === 'string') children[last] += value;
				else children.push(value);
			},
			close() {
				stack.pop();
			}
		},
		options
	);
	if (!result.ok) return result;
	return root
		? { ok: true, root }
		: {
				ok: false,
				error: {
					severity: 'error',
					code: 'xml-malformed',
					message: 'The file holds no XML element.',
					line: 0
				}
			};
}
