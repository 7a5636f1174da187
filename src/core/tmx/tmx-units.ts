import type { XmlHandlers } from '../xml/stream-xml.ts';
import type { TmxEntry } from './parse-tmx.ts';

interface Variant {
	readonly language: string;
	text: string;
}

/** What the stream gave: the root's name, the header's source language, the entries. */
export interface TmxUnits {
	readonly rootName: string;
	readonly sourceLanguage: string;
	readonly entries: TmxEntry[];
	readonly skipped: number;
}

/**
 * Handlers that turn a TMX stream into entries as each `<tu>` ends, holding one unit at a time.
 * Only `<seg>` text counts; inside it every element's text is kept (codes hold the original
 * markup), except that an `x-char` code's `\uXXXX` notation is read back by `readChars`.
 */
export function readTmxUnits(readChars: (notation: string) => string | null): {
	readonly handlers: XmlHandlers;
	result(): TmxUnits;
} {
	const path: string[] = [];
	let rootName = '';
	let headerLanguage = '*all*';
	let unitLanguage = '*all*';
	let variants: Variant[] = [];
	let current: Variant | null = null;
	let segDepth = -1;
	let charDepth = -1;
	let chars = '';
	const entries: TmxEntry[] = [];
	let skipped = 0;
	const handlers: XmlHandlers = {
		open(name, _uri, attributes) {
			if (path.length === 0) rootName = name;
			const parent = path[path.length - 1];
			path.push(name);
			if (segDepth >= 0) {
				if (charDepth < 0 && attributes.type === 'x-char') charDepth = path.length;
			} else if (name === 'header' && parent === 'tmx')
				headerLanguage = attributes.srclang ?? headerLanguage;
			else if (name === 'tu') {
				unitLanguage = attributes.srclang ?? headerLanguage;
				variants = [];
			} else if (name === 'tuv' && parent === 'tu') {
				current = { language: attributes['xml:lang'] ?? attributes.lang ?? '', text: '' };
			} else if (name === 'seg' && parent === 'tuv') segDepth = path.length;
		},
		text(value) {
			if (segDepth < 0 || !current) return;
			if (charDepth >= 0) chars += value;
			else current.text += value;
		},
		close() {
			const depth = path.length;
			const name = path.pop();
			if (depth === charDepth) {
				if (current) current.text += readChars(chars) ?? chars;
				chars = '';
				charDepth = -1;
			} else if (depth === segDepth) segDepth = -1;
			else if (name === 'tuv' && current) {
				variants.push(current);
				current = null;
			} else if (name === 'tu') {
				if (addEntries(variants, unitLanguage, entries) === 0) skipped++;
			}
		}
	};
	return {
		handlers,
		result: () => ({ rootName, sourceLanguage: headerLanguage, entries, skipped })
	};
}

/** One entry per target variant of a unit; returns how many. */
function addEntries(
	variants: readonly Variant[],
	sourceLanguage: string,
	entries: TmxEntry[]
): number {
	const wanted = sourceLanguage.toLowerCase();
	const source =
		variants.find((v) => v.language.toLowerCase() === wanted) ??
		(wanted === '*all*' ? variants[0] : undefined);
	if (!source) return 0;
	let added = 0;
	for (const variant of variants) {
		if (variant === source) continue;
		entries.push({
			source: source.text,
			target: variant.text,
			sourceLanguage: source.language,
			targetLanguage: variant.language
		});
		added++;
	}
	return added;
}
