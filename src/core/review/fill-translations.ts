import { checkEdit } from '../sxs/check-edit.ts';
import type { FileId } from '../model/workspace.ts';
import type { FileReplacement, Replacement, SkippedReplacement } from './replace-in-files.ts';
import { currentTranslation, type ReviewFile, type SegmentRef } from './review-file.ts';

/**
 * Gives `translation` to each referenced segment (a repetition group's other members, after the
 * translator confirmed one): new edits per file, as one undoable step, in the shape of
 * `replaceInFiles`. Segments that already have that translation are left out; one whose edit
 * `checkEdit` refuses is listed in `skipped`.
 */
export function fillTranslations(
	files: readonly ReviewFile[],
	refs: readonly SegmentRef[],
	translation: string
): { readonly files: readonly FileReplacement[]; readonly skipped: readonly SkippedReplacement[] } {
	const wanted = new Map<FileId, Set<number>>();
	for (const ref of refs) {
		const set = wanted.get(ref.file) ?? new Set<number>();
		set.add(ref.segmentIndex);
		wanted.set(ref.file, set);
	}
	const out: FileReplacement[] = [];
	const skipped: SkippedReplacement[] = [];
	for (const file of files) {
		const indexes = wanted.get(file.file);
		if (!indexes) continue;
		const edits = new Map(file.edits);
		const replacements: Replacement[] = [];
		for (const segmentIndex of [...indexes].sort((a, b) => a - b)) {
			const segment = file.segments[segmentIndex];
			if (!segment) continue;
			const before = currentTranslation(file, segment);
			if (before === translation) continue;
			const change = {
				file: file.file,
				segmentIndex,
				segmentId: segment.id,
				before,
				after: translation,
				count: 1
			};
			const reason = checkEdit(segment, translation);
			if (reason !== null) skipped.push({ ...change, reason });
			else {
				edits.set(segment.id, translation);
				replacements.push(change);
			}
		}
		if (replacements.length > 0) out.push({ file: file.file, edits, replacements });
	}
	return { files: out, skipped };
}
