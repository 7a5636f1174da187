import type { Diagnostic } from '../model/types.ts';
import type { XmlElement } from '../xml/xml-tree.ts';
import type { XliffDocument } from './xliff-model.ts';
import { readXliff12Files } from './read-xliff12.ts';
import { XLIFF12_NS } from './write-xliff12.ts';
import { readXliff20Files } from './read-xliff20.ts';
import { XLIFF20_NS } from './write-xliff20.ts';

/** The files and units of a parsed XLIFF 1.2 or 2.0 document, or why it is neither. */
export function readXliffDocument(
	root: XmlElement
):
	| { readonly ok: true; readonly xliff: XliffDocument }
	| { readonly ok: false; readonly error: Diagnostic } {
	if (root.name === 'xliff' && root.uri === XLIFF12_NS) {
		return { ok: true, xliff: { version: '1.2', files: readXliff12Files(root) } };
	}
	if (root.name === 'xliff' && root.uri === XLIFF20_NS) {
		return { ok: true, xliff: { version: '2.0', files: readXliff20Files(root) } };
	}
	const found = root.uri === '' ? `<${root.name}>` : `<${root.name}> in namespace ${root.uri}`;
	return {
		ok: false,
		error: {
			severity: 'error',
			code: 'not-xliff',
			message: `The file is not XLIFF 1.2 or 2.0: its root element is ${found}.`,
			line: 0
		}
	};
}
