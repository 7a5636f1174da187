import { localeOf, listUnits, type InterchangeFile } from '../interop/interchange-file.ts';
import { writeCodeRuns } from '../interop/write-codes.ts';
import { xliffStateOf } from '../interop/xliff-state.ts';
import { escapeXmlAttribute as attr } from '../xml/escape-xml.ts';

/** XLIFF 1.2 namespace. */
export const XLIFF12_NS = 'urn:oasis:names:tc:xliff:document:1.2';

/**
 * Writes XLIFF 1.2 (strict schema): one `<file original="path">` per input, one `<trans-unit>`
 * per segment with `xml:space="preserve"`, source and target as text with `<ph>`/`<bpt>`/`<ept>`
 * codes, and the state per `xliffStateOf`.
 */
export function writeXliff12(files: readonly InterchangeFile[], sourceLanguage: string): string {
	const out = [
		`<?xml version="1.0" encoding="UTF-8"?>`,
		`<xliff version="1.2" xmlns="${XLIFF12_NS}">`
	];
	for (const file of files) {
		const locale = localeOf(file);
		const target = locale === null ? '' : ` target-language="${attr(locale)}"`;
		out.push(
			`<file original="${attr(file.path)}" source-language="${attr(sourceLanguage)}"${target} datatype="x-sxs-markdown">`,
			'<body>'
		);
		const translationType = file.sxs.frontMatter?.translationType;
		for (const unit of listUnits(file)) {
			const resname = unit.unitId === unit.segmentId ? '' : ` resname="${attr(unit.segmentId)}"`;
			const state = xliffStateOf(unit.state, translationType, '1.2');
			out.push(
				`<trans-unit id="${attr(unit.unitId)}"${resname} xml:space="preserve">` +
					`<source>${writeCodeRuns(unit.coded.source, 'xliff12')}</source>` +
					`<target state="${state}">${writeCodeRuns(unit.coded.target, 'xliff12')}</target>` +
					'</trans-unit>'
			);
		}
		out.push('</body>', '</file>');
	}
	out.push('</xliff>', '');
	return out.join('\n');
}
