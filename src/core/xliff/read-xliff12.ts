import { readIllegalChars } from '../inline/xml-illegal.ts';
import { childElements, textContent, type XmlElement } from '../xml/xml-tree.ts';
import type { XliffFile, XliffPiece, XliffUnit } from './xliff-model.ts';

/**
 * Reads the `<file>`s of an XLIFF 1.2 file. Units may sit in `<group>`s; inline content takes
 * what CAT tools write: `<ph>`/`<it>`/`<x>` (standalone), `<bpt>`/`<ept>` and `<bx>`/`<ex>`
 * (pair ends), `<g>` (a pair around its content), `<mrk>` (transparent).
 */
export function readXliff12Files(root: XmlElement): XliffFile[] {
	return childElements(root, 'file').map((file) => {
		const units: XliffUnit[] = [];
		for (const body of childElements(file, 'body')) collectUnits(body, units);
		return { original: file.attributes.original ?? null, id: null, units };
	});
}

function collectUnits(container: XmlElement, units: XliffUnit[]): void {
	for (const child of container.children) {
		if (typeof child === 'string') continue;
		if (child.name === 'group') collectUnits(child, units);
		else if (child.name === 'trans-unit') units.push(readUnit(child));
	}
}

function readUnit(unit: XmlElement): XliffUnit {
	const unitId = unit.attributes.id ?? '';
	const [source] = childElements(unit, 'source');
	const [target] = childElements(unit, 'target');
	return {
		unitId,
		segmentId: unit.attributes.resname ?? unitId,
		source: source ? readPieces(source) : [],
		target: target ? readPieces(target) : null
	};
}

function readPieces(element: XmlElement, out: XliffPiece[] = []): XliffPiece[] {
	for (const child of element.children) {
		if (typeof child === 'string') {
			out.push(child);
			continue;
		}
		const id = child.attributes.id ?? child.attributes.rid ?? '';
		const content = textContent(child);
		const data = child.attributes.ctype === 'x-char' ? readIllegalChars(content) : content;
		switch (child.name) {
			case 'ph':
			case 'it':
				out.push({ role: 'standalone', id, data });
				break;
			case 'x':
				out.push({ role: 'standalone', id, data: null });
				break;
			case 'bpt':
			case 'bx':
				out.push({ role: 'open', id, data: child.name === 'bpt' ? data : null });
				break;
			case 'ept':
			case 'ex':
				out.push({ role: 'close', id, data: child.name === 'ept' ? data : null });
				break;
			case 'g':
				out.push({ role: 'open', id, data: null });
				readPieces(child, out);
				out.push({ role: 'close', id, data: null });
				break;
			default:
				readPieces(child, out);
		}
	}
	return out;
}
