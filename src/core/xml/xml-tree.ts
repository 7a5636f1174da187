/** A parsed XML element: enough of the Infoset for XLIFF and TMX, as plain readonly data. */
export interface XmlElement {
	/** Local name, without prefix (`trans-unit`, `tuv`). */
	readonly name: string;
	/** Namespace URI, `''` when none. */
	readonly uri: string;
	/** Attributes by qualified name as written (`id`, `xml:lang`). */
	readonly attributes: Readonly<Record<string, string>>;
	/** Child elements and text (CDATA included), in document order. */
	readonly children: readonly XmlNode[];
}

export type XmlNode = XmlElement | string;

/** Child elements named `name` (any namespace). */
export function childElements(element: XmlElement, name: string): XmlElement[] {
	const out: XmlElement[] = [];
	for (const child of element.children) {
		if (typeof child !== 'string' && child.name === name) out.push(child);
	}
	return out;
}

/** All the text inside `element`, elements' text included, in order. */
export function textContent(element: XmlElement): string {
	let out = '';
	for (const child of element.children)
		out += typeof child === 'string' ? child : textContent(child);
	return out;
}
