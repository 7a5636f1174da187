/**
 * Keeps the review worker in step with the workspace (files opened, replaced, closed; edits from
 * every origin), so the Matches list and the Concordance always read the translations as they
 * stand, and offers the open files as a `MatchSource`. Only what changed is sent: a file when it
 * opens, a segment's text when it is edited.
 */
import type { ReviewIndex } from '../worker/index.ts';
import type { MatchSource, MatchView } from './match-source.ts';
import type { Workspace } from './workspace.svelte.ts';
import type { WorkspaceChange } from './workspace-change.ts';
import type { FileEntry } from './file-entry.ts';
import type { Edits } from '../core/index.ts';

export class OpenFileReview {
	/** The matches from the other segments of the open files, in the current file's language. */
	readonly matchSource: MatchSource;

	constructor(
		workspace: Workspace,
		readonly index: ReviewIndex
	) {
		workspace.listen((change) => this.#follow(change, workspace));
		this.matchSource = {
			find: async (query, limit) => {
				const found = await index.findMatches(query, limit);
				return found.map((match): MatchView => ({ origin: 'file', from: match.path, ...match }));
			}
		};
	}

	#follow(change: WorkspaceChange, workspace: Workspace): void {
		switch (change.kind) {
			case 'files-added':
				for (const file of change.files) this.#setFile(file, workspace.editsOf(file.id));
				return;
			case 'file-replaced':
				this.#setFile(change.file, change.edits);
				return;
			case 'files-removed':
				this.index.change({ type: 'remove-files', fileIds: change.fileIds });
				return;
			case 'segments-edited':
				this.index.change({ type: 'edit-segments', fileId: change.fileId, texts: change.texts });
				return;
			case 'file-edits-set':
				this.index.change({ type: 'set-edits', fileId: change.fileId, edits: change.edits });
				return;
			case 'cleared':
				this.index.change({ type: 'clear' });
				return;
			default:
				return;
		}
	}

	#setFile(file: FileEntry, edits: Edits): void {
		const { id, path, bytes } = file;
		if (!file.summary.ok || file.summary.segmentCount === 0) {
			this.index.change({ type: 'remove-files', fileIds: [id] });
			return;
		}
		this.index.change({
			type: 'set-file',
			file: { fileId: id, path, locale: file.summary.locale, bytes, edits }
		});
	}
}
