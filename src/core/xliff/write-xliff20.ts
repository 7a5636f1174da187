import type { InlineRun } from '../inline/inline-code.ts';
import { XML_ILLEGAL } from '../inline/xml-illegal.ts';
import {
	listUnits,
	type InterchangeFile,
	type InterchangeUnit
} from '../interop/interchange-file.ts';
import { xliffStateOf } from '../interop/xliff-state.ts';
import { escapeXmlAttribute as attr, escapeXmlText } from '../xml/escape-xml.ts';

/** XLIFF 2.0 namespace. */
export const XLIFF20_NS = 'urn:oasis:names:tc:xliff:document:2.0';

/**
 * Writes XLIFF 2.0 (core schema) for files of one target language: `<file id="f1"
 * original="path">` (a path is no NMTOKEN, so it goes in `original`), one `<unit>` per segment
 * with the codes' characters in `<originalData>`, and `<ph dataRef>` / `<pc dataRefStart
 * dataRefEnd>` inline. Characters XML forbids are `<cp hex>` inside `<data>`. `canResegment="no"`
 * asks CAT tools to keep one segment per unit.
 */
export function writeXliff20(
	files: readonly InterchangeFile[],
	sourceLanguage: string,
	targetLanguage: string
): string {
	const out = [
		`<?xml version="1.0" encoding="UTF-8"?>`,
		`<xliff xmlns="${XLIFF20_NS}" version="2.0" srcLang="${attr(sourceLanguage)}" trgLang="${attr(targetLanguage)}">`
	];
	files.forEach((file, index) => {
		out.push(`<file id="f${index + 1}" original="${attr(file.path)}" canResegment="no">`);
		const translationType = file.sxs.frontMatter?.translationType;
		const units = listUnits(file);
		// The schema wants at least one unit or group in a file; a file without segments gets an empty group.
		if (units.length === 0) out.push('<group id="empty"/>');
		for (const unit of units)
			out.push(writeUnit(unit, xliffStateOf(unit.state, translationType, '2.0')));
		out.push('</file>');
	});
	out.push('</xliff>', '');
	return out.join('\n');
}

function writeUnit(unit: InterchangeUnit, state: string): string {
	const name = unit.unitId === unit.segmentId ? '' : ` name="${attr(unit.segmentId)}"`;
	const data = new Map<string, string>();
	const source = writeRuns(unit.coded.source, data);
	const target = writeRuns(unit.coded.target, data);
	const originalData =
		data.size === 0
			? ''
			: `<originalData>${[...data].map(([id, text]) => `<data id="${id}">${writeData(text)}</data>`).join('')}</originalData>`;
	return (
		`<unit id="${attr(unit.unitId)}"${name}>${originalData}<segment state="${state}">` +
		`<source xml:space="preserve">${source}</source><target xml:space="preserve">${target}</target>` +
		'</segment></unit>'
	);
}

/** Inline content; records each code's characters under its data id (`d<id>`, `d<id>e` for an end). */
function writeRuns(runs: readonly InlineRun[], data: Map<string, string>): string {
	let out = '';
	for (const run of runs) {
		if (typeof run === 'string') out += escapeXmlText(run);
		else if (run.role === 'standalone') {
			data.set(`d${run.id}`, run.text);
			out += `<ph id="${run.id}" dataRef="d${run.id}"/>`;
		} else if (run.role === 'open') {
			data.set(`d${run.id}`, run.text);
			out += `<pc id="${run.id}" dataRefStart="d${run.id}" dataRefEnd="d${run.id}e">`;
		} else {
			data.set(`d${run.id}e`, run.text);
			out += '</pc>';
		}
	}
	return out;
}

/** `<data>` content: text, with characters XML forbids as `<cp hex="…"/>`. */
function writeData(text: string): string {
	let out = '';
	let plain = '';
	for (const char of text) {
		if (!XML_ILLEGAL.test(char)) {
			plain += char;
			continue;
		}
		out += escapeXmlText(plain);
		plain = '';
		for (let i = 0; i < char.length; i++)
			out += `<cp hex="${char.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0')}"/>`;
	}
	return out + escapeXmlText(plain);
}
