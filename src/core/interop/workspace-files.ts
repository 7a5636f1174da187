import type { SegmentState } from '../model/workspace.ts';
import type { Edits } from '../model/workspace.ts';
import { parseSxsBytes } from '../sxs/parse.ts';
import type { InterchangeFile } from './interchange-file.ts';

/** An open file as the app hands it to an export or import: bytes, edits and confirmations. */
export interface WorkspaceFileData {
	/** The file's path in the workspace: written as `original`, matched on import. */
	readonly path: string;
	readonly bytes: Uint8Array;
	readonly edits: Edits;
	/** Confirmed segment ids (XLIFF `final`). */
	readonly confirmed: ReadonlySet<string>;
}

/**
 * Parses the workspace's files for an export or import. A confirmed segment is `confirmed`;
 * the rest follow from the edits, as in the CLI (`listUnits`). Files that do not parse are
 * named in `failed` and left out.
 */
export function toInterchangeFiles(files: readonly WorkspaceFileData[]): {
	readonly files: InterchangeFile[];
	readonly failed: string[];
} {
	const parsed: InterchangeFile[] = [];
	const failed: string[] = [];
	for (const file of files) {
		const result = parseSxsBytes(file.bytes);
		if (!result.ok) {
			failed.push(file.path);
			continue;
		}
		const states = new Map<string, SegmentState>();
		for (const id of file.confirmed) states.set(id, 'confirmed');
		parsed.push({ path: file.path, sxs: result.document, edits: file.edits, states });
	}
	return { files: parsed, failed };
}
