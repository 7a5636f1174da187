import { localeFromPath } from '../model/locale.ts';
import type { SxsDocument } from '../model/types.ts';
import type { Edits, FileId } from '../model/workspace.ts';
import type { QaSegment } from './problem.ts';
import type { QaFile } from './qa-file.ts';

/**
 * A parsed file as the checks read it: each segment with its current translation (the edit when
 * there is one), and the locale from `ms.contentlocale`, else from the file id as a path
 * (`doc.uk-UA.md`), else null.
 */
export function toQaFile(file: FileId, sxs: SxsDocument, edits: Edits = new Map()): QaFile {
	const segments: readonly QaSegment[] =
		edits.size === 0
			? sxs.segments
			: sxs.segments.map((s) => ({
					id: s.id,
					source: s.source,
					translation: edits.get(s.id) ?? s.translation
				}));
	return { file, locale: sxs.frontMatter?.contentLocale ?? localeFromPath(file), segments };
}
