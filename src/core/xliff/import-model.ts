import type { Diagnostic, SxsDocument } from '../model/types.ts';
import type { Edits } from '../model/workspace.ts';

/** An sxs file an XLIFF is imported into, as it stands now. */
export interface XliffImportFile {
	/** Matched against the XLIFF's `original` (then 2.0 `id`). */
	readonly path: string;
	readonly sxs: SxsDocument;
	/** The workspace's current edits: a target equal to the current translation is no change. */
	readonly edits?: Edits;
}

/** The new translations for one file: apply them like any edit (`serializeSxs`, the app's edits). */
export interface ImportedFile {
	readonly path: string;
	/** Only the units whose target differs from the current translation. */
	readonly edits: Edits;
	/** How many units of the XLIFF matched a segment of this file. */
	readonly unitCount: number;
	/** How many of them left the translation as it was (no target, or the same text). */
	readonly unchanged: number;
}

/** A unit (or a whole `<file>`, `unitId` null) that was not imported, and why. */
export interface RefusedUnit {
	readonly path: string;
	readonly unitId: string | null;
	readonly reason: string;
}

/** An imported unit that deserves a look. `markup`: the target dropped codes of the source. */
export interface ImportProblem {
	readonly path: string;
	readonly unitId: string;
	readonly kind: 'markup';
	readonly message: string;
}

/** What an XLIFF import gives: per-file edits plus what was refused and what looks wrong. */
export type XliffImportResult =
	| {
			readonly ok: true;
			readonly version: '1.2' | '2.0';
			readonly files: readonly ImportedFile[];
			readonly refused: readonly RefusedUnit[];
			readonly problems: readonly ImportProblem[];
			/** `<file>`s of the XLIFF that name none of the given files (original or id). */
			readonly unmatchedFiles: readonly string[];
	  }
	| { readonly ok: false; readonly error: Diagnostic };
