import { readIllegalChars } from '../inline/xml-illegal.ts';
import type { Diagnostic } from '../model/types.ts';
import { readXml, type ReadXmlOptions } from '../xml/read-xml.ts';
import { childElements, textContent, type XmlElement } from '../xml/xml-tree.ts';

/** One memory entry: a source text and its translation into one language, codes as text. */
export interface TmxEntry {
	readonly source: string;
	readonly target: string;
	readonly sourceLanguage: string;
	readonly targetLanguage: string;
}

export type ParseTmxResult =
	| {
			readonly ok: true;
			/** The header's `srclang` (`*all*` possible). */
			readonly sourceLanguage: string;
			readonly entries: readonly TmxEntry[];
			/** `<tu>`s that gave no entry: no source `<tuv>`, or no other language. */
			readonly skipped: number;
	  }
	| { readonly ok: false; readonly error: Diagnostic };

/**
 * Reads a TMX memory (1.4, and 1.1–1.3 `lang`) into entries, one per `<tu>` and target
 * language. The source `<tuv>` is the one in the `<tu>`'s or header's `srclang` (the first one
 * when that is `*all*` or absent); inline codes (`ph`, `bpt`, `ept`, `it`, `ut`, `hi`) become
 * their text, and locdiff's `x-char` codes their original characters. Hostile or malformed
 * XML is an error value (see `readXml`).
 */
export function parseTmx(xml: Uint8Array | string, options: ReadXmlOptions = {}): ParseTmxResult {
	let headerLanguage = '*all*';
	const entries: TmxEntry[] = [];
	let skipped = 0;
	const onElementEnd = (element: XmlElement): boolean => {
		if (element.name === 'header') headerLanguage = element.attributes.srclang ?? headerLanguage;
		if (element.name !== 'tu') return false;
		const before = entries.length;
		readUnit(element, element.attributes.srclang ?? headerLanguage, entries);
		if (entries.length === before) skipped++;
		return true;
	};
	const parsed = readXml(xml, { namespaces: false, ...options, onElementEnd });
	if (!parsed.ok) return parsed;
	const { root } = parsed;
	if (root.name !== 'tmx') {
		return {
			ok: false,
			error: {
				severity: 'error',
				code: 'not-tmx',
				message: `The file is not TMX: its root element is <${root.name}>.`,
				line: 0
			}
		};
	}
	return { ok: true, sourceLanguage: headerLanguage, entries, skipped };
}

function readUnit(tu: XmlElement, sourceLanguage: string, entries: TmxEntry[]): void {
	const variants = childElements(tu, 'tuv').map((tuv) => ({
		language: tuv.attributes['xml:lang'] ?? tuv.attributes.lang ?? '',
		text: segText(tuv)
	}));
	const wanted = sourceLanguage.toLowerCase();
	const source =
		variants.find((v) => v.language.toLowerCase() === wanted) ??
		(wanted === '*all*' ? variants[0] : undefined);
	if (!source) return;
	for (const variant of variants) {
		if (variant === source) continue;
		entries.push({
			source: source.text,
			target: variant.text,
			sourceLanguage: source.language,
			targetLanguage: variant.language
		});
	}
}

function segText(tuv: XmlElement): string {
	const [seg] = childElements(tuv, 'seg');
	return seg ? inlineText(seg) : '';
}

function inlineText(element: XmlElement): string {
	let out = '';
	for (const child of element.children) {
		if (typeof child === 'string') out += child;
		else if (child.name === 'hi') out += inlineText(child);
		else {
			const content = textContent(child);
			out += child.attributes.type === 'x-char' ? (readIllegalChars(content) ?? content) : content;
		}
	}
	return out;
}
