import { localeOf, type InterchangeFile } from '../interop/interchange-file.ts';
import { writeXliff12 } from './write-xliff12.ts';
import { writeXliff20 } from './write-xliff20.ts';

export type XliffVersion = '1.2' | '2.0';

export interface XliffExportOptions {
	/** Default `2.0`. */
	readonly version?: XliffVersion;
	/** Default `en-US`: sxs files do not name their source language. */
	readonly sourceLanguage?: string;
}

/** The XLIFF document, or why these files cannot go into one. */
export type XliffExportResult =
	{ readonly ok: true; readonly xml: string } | { readonly ok: false; readonly message: string };

/**
 * Writes sxs files as one XLIFF document (issue 11): one `<file>` per input, one unit per
 * segment (id = segment id), inline markup as protected codes, translations with the files'
 * edits, states from `states` and `ms.translationtype`. XLIFF 2.0 names one target language per
 * document, so files of several locales are refused there (1.2 takes them). A file without a
 * known locale gets `und` in 2.0 and no `target-language` in 1.2.
 */
export function exportXliff(
	files: readonly InterchangeFile[],
	options: XliffExportOptions = {}
): XliffExportResult {
	const sourceLanguage = options.sourceLanguage ?? 'en-US';
	if ((options.version ?? '2.0') === '1.2')
		return { ok: true, xml: writeXliff12(files, sourceLanguage) };
	const locales = [...new Set(files.map((file) => localeOf(file) ?? 'und'))];
	if (locales.length > 1) {
		return {
			ok: false,
			message: `XLIFF 2.0 holds one target language, and these files have ${locales.length} (${locales.join(', ')}): export each locale on its own, or use XLIFF 1.2.`
		};
	}
	return { ok: true, xml: writeXliff20(files, sourceLanguage, locales[0] ?? 'und') };
}
