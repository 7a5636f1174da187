import { codeSegment, type CodedSegment } from '../inline/code-pair.ts';
import { localeFromPath } from '../model/locale.ts';
import type { SxsDocument } from '../model/types.ts';
import type { Edits, SegmentState } from '../model/workspace.ts';

/** One sxs file handed to an XLIFF or TMX export. */
export interface InterchangeFile {
	/** The path as given (CLI argument or workspace file id); written as `original`. */
	readonly path: string;
	readonly sxs: SxsDocument;
	/** The translator's edits: exported translations are the edited ones. */
	readonly edits?: Edits;
	/** Workflow state per segment id; without it, edited vs untouched follows from `edits`. */
	readonly states?: ReadonlyMap<string, SegmentState>;
	/** Target language; default: `ms.contentlocale`, else the locale in the path. */
	readonly locale?: string | null;
}

/** One segment as an interchange unit. */
export interface InterchangeUnit {
	/** Unit id in the XML: the segment id, unless it repeats or is not a valid NMTOKEN. */
	readonly unitId: string;
	/** The segment id; written as `resname` / `name` when it differs from `unitId`. */
	readonly segmentId: string;
	readonly source: string;
	/** The current translation (with edits). */
	readonly translation: string;
	readonly state: SegmentState;
	/** Source and translation as runs with shared code ids. */
	readonly coded: CodedSegment;
}

/** The target language of a file, or null when neither the front matter nor the path tells. */
export function localeOf(file: InterchangeFile): string | null {
	if (file.locale !== undefined) return file.locale;
	return file.sxs.frontMatter?.contentLocale ?? localeFromPath(file.path);
}

/**
 * The file's segments as units, in file order. A repeated or unusual id (E-cases in
 * SXS-FORMAT.md) gets the unit id `u<position>`, so unit ids stay unique NMTOKENs as XLIFF 2.0
 * requires; the importer reads the segment id back from `resname`/`name`.
 */
export function listUnits(file: InterchangeFile): InterchangeUnit[] {
	const seen = new Set<string>();
	const segmentIds = new Set(file.sxs.segments.map((s) => s.id as string));
	return file.sxs.segments.map((segment, index) => {
		const segmentId: string = segment.id;
		let unitId = segmentId;
		if (seen.has(segmentId) || !NMTOKEN.test(segmentId)) {
			unitId = `u${index + 1}`;
			while (segmentIds.has(unitId) || seen.has(unitId)) unitId += '_';
		}
		seen.add(unitId);
		const edited = file.edits?.get(segmentId);
		const translation = edited ?? segment.translation;
		const isEdited = edited !== undefined && edited !== segment.translation;
		const state = file.states?.get(segmentId) ?? (isEdited ? 'edited' : 'untouched');
		const coded = codeSegment(segment.source, translation);
		return { unitId, segmentId, source: segment.source, translation, state, coded };
	});
}

/** XML NMTOKEN, restricted to ASCII name characters (what XLIFF 2.0 ids are typed as). */
const NMTOKEN = /^[A-Za-z0-9._:-]+$/;
