import { readIllegalChars } from '../inline/xml-illegal.ts';
import type { Diagnostic } from '../model/types.ts';
import { streamXml, type ReadXmlOptions } from '../xml/stream-xml.ts';
import { readTmxUnits } from './tmx-units.ts';

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
 * language, streaming (no tree: 100,000 units in seconds, in a worker). The source `<tuv>` is
 * the one in the `<tu>`'s or header's `srclang` (the first one when that is `*all*` or
 * absent); inline codes (`ph`, `bpt`, `ept`, `it`, `ut`, `hi`, `sub`) become their text, and
 * locdiff's `x-char` codes their original characters. Hostile or malformed XML is an error
 * value (see `streamXml`).
 */
export function parseTmx(xml: Uint8Array | string, options: ReadXmlOptions = {}): ParseTmxResult {
	const reader = readTmxUnits(readIllegalChars);
	const streamed = streamXml(xml, reader.handlers, { namespaces: false, ...options });
	if (!streamed.ok) return streamed;
	const { rootName, sourceLanguage, entries, skipped } = reader.result();
	if (rootName !== 'tmx') {
		const message = `The file is not TMX: its root element is <${rootName}>.`;
		return { ok: false, error: { severity: 'error', code: 'not-tmx', message, line: 0 } };
	}
	return { ok: true, sourceLanguage, entries, skipped };
}
