import { localeOf, listUnits, type InterchangeFile } from '../interop/interchange-file.ts';
import { writeCodeRuns } from '../interop/write-codes.ts';
import { escapeXmlAttribute as attr } from '../xml/escape-xml.ts';

export interface TmxExportOptions {
	/** `srclang` and the source `<tuv>`'s language; default `en-US`. */
	readonly sourceLanguage?: string;
	/** Written as `creationtoolversion`; default `0`. */
	readonly toolVersion?: string;
}

/**
 * Writes a TMX 1.4 memory of the files (issue 11): one `<tu>` per distinct source, translation
 * and target language (first occurrence order; units with an empty source or translation say
 * nothing and are left out), inline codes as `<ph>`/`<bpt>`/`<ept>` holding the original
 * characters, each `<tuv xml:lang>` from the files (`und` when a file's locale is unknown).
 */
export function exportTmx(
	files: readonly InterchangeFile[],
	options: TmxExportOptions = {}
): string {
	const sourceLanguage = options.sourceLanguage ?? 'en-US';
	const out = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<tmx version="1.4">',
		`<header creationtool="locdiff" creationtoolversion="${attr(options.toolVersion ?? '0')}" segtype="sentence" o-tmf="locdiff-sxs" adminlang="en-US" srclang="${attr(sourceLanguage)}" datatype="x-sxs-markdown"/>`,
		'<body>'
	];
	const seen = new Set<string>();
	for (const file of files) {
		const locale = localeOf(file) ?? 'und';
		for (const unit of listUnits(file)) {
			if (unit.source === '' || unit.translation === '') continue;
			const key = `${locale}\u0000${unit.source}\u0000${unit.translation}`;
			if (seen.has(key)) continue;
			seen.add(key);
			out.push(
				`<tu><tuv xml:lang="${attr(sourceLanguage)}"><seg>${writeCodeRuns(unit.coded.source, 'tmx')}</seg></tuv>` +
					`<tuv xml:lang="${attr(locale)}"><seg>${writeCodeRuns(unit.coded.target, 'tmx')}</seg></tuv></tu>`
			);
		}
	}
	out.push('</body>', '</tmx>', '');
	return out.join('\n');
}
