import { childElements, textContent, type XmlElement } from '../xml/xml-tree.ts';
import type { XliffFile, XliffPiece, XliffUnit } from './xliff-model.ts';

/**
 * Reads the `<file>`s of an XLIFF 2.0 file. A unit's segments and ignorables are joined in order
 * (a CAT tool may have split one); codes take their characters from `<originalData>`: `<ph>`,
 * `<pc>` (a pair around its content), `<sc>`/`<ec>`, `<cp>` (a character XML forbids), `<mrk>`
 * transparent, `<sm>`/`<em>` ignored.
 */
export function readXliff20Files(root: XmlElement): XliffFile[] {
	return childElements(root, 'file').map((file) => {
		const units: XliffUnit[] = [];
		collectUnits(file, units);
		return { original: file.attributes.original ?? null, id: file.attributes.id ?? null, units };
	});
}

function collectUnits(container: XmlElement, units: XliffUnit[]): void {
	for (const child of container.children) {
		if (typeof child === 'string') continue;
		if (child.name === 'group') collectUnits(child, units);
		else if (child.name === 'unit') units.push(readUnit(child));
	}
}

function readUnit(unit: XmlElement): XliffUnit {
	const unitId = unit.attributes.id ?? '';
	const data = new Map<string, string>();
	for (const original of childElements(unit, 'originalData')) {
		for (const entry of childElements(original, 'data'))
			data.set(entry.attributes.id ?? '', readData(entry));
	}
	const source: XliffPiece[] = [];
	let target: XliffPiece[] | null = null;
	for (const part of unit.children) {
		if (typeof part === 'string' || (part.name !== 'segment' && part.name !== 'ignorable'))
			continue;
		const [partSource] = childElements(part, 'source');
		const [partTarget] = childElements(part, 'target');
		if (partSource) readPieces(partSource, data, source);
		// An ignorable without a target keeps its source text in the translation (spec 4.2.2.4).
		if (partTarget) readPieces(partTarget, data, (target ??= []));
		else if (part.name === 'ignorable' && partSource) readPieces(partSource, data, (target ??= []));
	}
	return { unitId, segmentId: unit.attributes.name ?? unitId, source, target };
}

function readPieces(
	element: XmlElement,
	data: ReadonlyMap<string, string>,
	out: XliffPiece[]
): void {
	const dataOf = (ref: string | undefined): string | null =>
		ref === undefined ? null : (data.get(ref) ?? null);
	for (const child of element.children) {
		if (typeof child === 'string') {
			out.push(child);
			continue;
		}
		const { id = '', startRef, dataRef, dataRefStart, dataRefEnd } = child.attributes;
		switch (child.name) {
			case 'ph':
				out.push({ role: 'standalone', id, data: dataOf(dataRef) });
				break;
			case 'pc':
				out.push({ role: 'open', id, data: dataOf(dataRefStart) });
				readPieces(child, data, out);
				out.push({ role: 'close', id, data: dataOf(dataRefEnd) });
				break;
			case 'sc':
				out.push({ role: 'open', id, data: dataOf(dataRef) });
				break;
			case 'ec':
				out.push({ role: 'close', id: startRef ?? id, data: dataOf(dataRef) });
				break;
			case 'cp':
				out.push(readCp(child));
				break;
			case 'sm':
			case 'em':
				break;
			default:
				readPieces(child, data, out);
		}
	}
}

/** `<data>` content: text with `<cp>` characters. */
function readData(element: XmlElement): string {
	let out = '';
	for (const child of element.children) {
		out +=
			typeof child === 'string' ? child : child.name === 'cp' ? readCp(child) : textContent(child);
	}
	return out;
}

/** `<cp hex="DC80"/>`: one code point (or one lone UTF-16 unit) that XML cannot hold. */
function readCp(element: XmlElement): string {
	const value = parseInt(element.attributes.hex ?? '', 16);
	if (!Number.isInteger(value) || value < 0 || value > 0x10ffff) return '';
	return value <= 0xffff ? String.fromCharCode(value) : String.fromCodePoint(value);
}
