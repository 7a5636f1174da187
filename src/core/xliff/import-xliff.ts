import type { Segment } from '../model/types.ts';
import { readXml } from '../xml/read-xml.ts';
import type { ReadXmlOptions } from '../xml/stream-xml.ts';
import type {
	ImportedFile,
	ImportProblem,
	RefusedUnit,
	XliffImportFile,
	XliffImportResult
} from './import-model.ts';
import { importUnit } from './import-unit.ts';
import { readXliffDocument } from './read-xliff.ts';
import type { XliffFile } from './xliff-model.ts';

/**
 * Reads an XLIFF 1.2 or 2.0 document (bytes or text) and turns its targets into edits of the
 * given sxs files (issue 11): each `<file>` matches a file by `original`, then by 2.0 `id`;
 * each unit the segment with its id. Stale units (source differs), unknown code ids and edits
 * `serializeSxs` would refuse are listed with their reasons; a target that drops codes is
 * imported and listed as a `markup` problem. Malformed or hostile XML is an error value.
 * Applying the edits with `serializeSxs` gives what `apply` gives for the same translations.
 */
export function importXliff(
	xml: Uint8Array | string,
	files: readonly XliffImportFile[],
	options: ReadXmlOptions = {}
): XliffImportResult {
	const parsed = readXml(xml, options);
	if (!parsed.ok) return parsed;
	const read = readXliffDocument(parsed.root);
	if (!read.ok) return read;
	const refused: RefusedUnit[] = [];
	const problems: ImportProblem[] = [];
	const unmatchedFiles: string[] = [];
	const imported: ImportedFile[] = [];
	for (const xliffFile of read.xliff.files) {
		const file = findFile(files, xliffFile);
		if (!file) {
			unmatchedFiles.push(
				xliffFile.original ?? xliffFile.id ?? '(a <file> without original or id)'
			);
			continue;
		}
		imported.push(importFile(xliffFile, file, refused, problems));
	}
	return {
		ok: true,
		version: read.xliff.version,
		files: imported,
		refused,
		problems,
		unmatchedFiles
	};
}

function importFile(
	xliffFile: XliffFile,
	file: XliffImportFile,
	refused: RefusedUnit[],
	problems: ImportProblem[]
): ImportedFile {
	const byId = new Map<string, Segment[]>();
	for (const segment of file.sxs.segments)
		byId.set(segment.id, [...(byId.get(segment.id) ?? []), segment]);
	const seen = new Map<string, number>();
	const edits = new Map<string, string>();
	let unitCount = 0;
	let unchanged = 0;
	for (const unit of xliffFile.units) {
		const occurrence = seen.get(unit.segmentId) ?? 0;
		seen.set(unit.segmentId, occurrence + 1);
		const candidates = byId.get(unit.segmentId) ?? [];
		const segment = candidates[occurrence];
		if (!segment) {
			refused.push({
				path: file.path,
				unitId: unit.unitId,
				reason: `There is no segment ${unit.segmentId} in this file.`
			});
			continue;
		}
		unitCount++;
		const current = file.edits?.get(segment.id) ?? segment.translation;
		const outcome = importUnit(unit, segment, current, candidates.length);
		if (outcome.kind === 'unchanged') unchanged++;
		if (outcome.kind === 'refused')
			refused.push({ path: file.path, unitId: unit.unitId, reason: outcome.reason });
		if (outcome.kind !== 'edit') continue;
		edits.set(segment.id, outcome.text);
		if (outcome.droppedCodes.length > 0) {
			const codes = outcome.droppedCodes.map((code) => `"${code}"`).join(', ');
			problems.push({
				path: file.path,
				unitId: unit.unitId,
				kind: 'markup',
				message: `The target of ${unit.segmentId} dropped markup of the source: ${codes}.`
			});
		}
	}
	return { path: file.path, edits, unitCount, unchanged };
}

/** The given file a `<file>` names: by `original`, then by 2.0 `id`, each exact or normalised. */
function findFile(
	files: readonly XliffImportFile[],
	xliffFile: XliffFile
): XliffImportFile | undefined {
	for (const name of [xliffFile.original, xliffFile.id]) {
		if (name === null) continue;
		const found =
			files.find((file) => file.path === name) ??
			files.find((file) => normalizePath(file.path) === normalizePath(name));
		if (found) return found;
	}
	return undefined;
}

/** `./a\b.md` and `a/b.md` name the same file. */
function normalizePath(path: string): string {
	return path.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
}
