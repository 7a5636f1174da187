/**
 * Opening a file that is already open never loses an edit (issue 13, item 1). The same bytes at
 * the same path: the open file is selected, and the translator is told. Other bytes at the same
 * path (a new version, a colleague's copy) or the same bytes under another path (a folder and a
 * file pick of one file): nothing is replaced; each waits here until the translator chooses
 * to update the open file to that version (its edits merged onto it, in the Merge summary), to
 * open it beside
 * the open one, or to keep only the open one.
 */
import { checkSameSegments, toFileId } from '../core/index.ts';
import { documentOf } from './document-cache.ts';
import { besidePath, type FileEntry, type Pair, type SortedOpen } from './file-entry.ts';
import type { Notices } from './notices.svelte.ts';
import type { Workspace } from './workspace.svelte.ts';

/** A file being opened that meets an open one, waiting for the translator's choice. */
export interface ReopenChoice extends Pair {
	/** `changed`: same path, other bytes; `duplicate`: same bytes, another path. */
	readonly kind: 'changed' | 'duplicate';
	/** Edits in the open file (what an update must carry and a careless replace would lose). */
	readonly editCount: number;
	/** The incoming file has the same segments and sources: a colleague's copy to merge in. */
	readonly isCopy: boolean;
}

/** Starts the per-segment merge of the open file's edits onto the incoming one (MergeSession). */
export type StartMerge = (open: FileEntry, incoming: FileEntry) => boolean;

export class Reopen {
	pending = $state.raw<readonly ReopenChoice[]>([]);
	/** The choice on screen: the first waiting one. */
	readonly first = $derived(this.pending[0] ?? null);

	constructor(
		private readonly workspace: Workspace,
		private readonly notices: Notices,
		private readonly startMerge: StartMerge
	) {}

	/** Takes what the loader could not add: selects identical files, queues the rest. */
	settle(sorted: SortedOpen): void {
		const [identical] = sorted.identical;
		if (identical !== undefined) {
			this.workspace.select(identical.id, 'user');
			const others = sorted.identical.length - 1;
			const also = others > 0 ? ` (and ${others} more files, also unchanged)` : '';
			this.notices.push('info', `${identical.path} is already open with the same content${also}.`);
		}
		const waiting = [
			...sorted.changed.map((pair) => this.#choice(pair, 'changed')),
			...sorted.duplicates.map((pair) => this.#choice(pair, 'duplicate'))
		];
		if (waiting.length > 0) this.pending = [...this.pending, ...waiting];
	}

	/** Merges the open file's edits onto the incoming version: the Merge summary takes over. */
	update(choice: ReopenChoice): void {
		this.#take(choice);
		const open = this.workspace.files.find((file) => file.id === choice.open.id);
		if (open !== undefined) this.startMerge(open, choice.incoming);
	}

	/** Opens the incoming file as a second entry, under a path of its own. */
	openBeside(choice: ReopenChoice): void {
		this.#take(choice);
		const path =
			choice.kind === 'changed'
				? besidePath(choice.incoming.path, (candidate) => this.workspace.isOpen(candidate))
				: choice.incoming.path;
		// A duplicate sits at a path of its own already; only its bytes matched.
		const entry = { ...choice.incoming, id: toFileId(path), path };
		this.workspace.addCopy(entry, 'user');
		this.workspace.select(entry.id, 'user');
	}

	/** Keeps the open file as it is; the incoming one is not opened. */
	keepOpen(choice: ReopenChoice): void {
		this.#take(choice);
	}

	#take(choice: ReopenChoice): void {
		this.pending = this.pending.filter((waiting) => waiting !== choice);
	}

	#choice(pair: Pair, kind: ReopenChoice['kind']): ReopenChoice {
		const base = documentOf(pair.open.bytes);
		const copy = documentOf(pair.incoming.bytes);
		const isCopy = base !== null && copy !== null && checkSameSegments(base, copy) === null;
		return { ...pair, kind, isCopy, editCount: this.workspace.editsOf(pair.open.id).size };
	}
}
