/**
 * Opening a file that is already open never loses an edit (issue 13, item 1). The same bytes at
 * the same path: the open file is selected, and the translator is told. Other bytes at the same
 * path (a new version, a colleague's copy) or the same bytes under another path (a folder and a
 * file pick of one file): nothing is replaced; each waits here until the translator chooses
 * to update the open file to that version (its edits carried by the merge), to open it beside
 * the open one, or to keep only the open one.
 */
import { toFileId, type Cursor, type Edits } from '../core/index.ts';
import { besidePath, type FileEntry, type Pair, type SortedOpen } from './file-entry.ts';
import type { Notices } from './notices.svelte.ts';
import type { Workspace } from './workspace.svelte.ts';

/** A file being opened that meets an open one, waiting for the translator's choice. */
export interface ReopenChoice extends Pair {
	/** `changed`: same path, other bytes; `duplicate`: same bytes, another path. */
	readonly kind: 'changed' | 'duplicate';
	/** Edits in the open file (what an update must carry and a careless replace would lose). */
	readonly editCount: number;
}

/** The outcome of carrying a file's edits onto another version of it. */
export type UpdateResult =
	| {
			readonly ok: true;
			readonly edits: Edits;
			/** What the translator is told: how many edits were carried. */
			readonly summary: string;
	  }
	/** Not every edit could be carried: nothing is replaced. */
	| { readonly ok: false; readonly reason: string };

/** Carries the open file's edits onto the incoming version. */
export type UpdateVersion = (open: FileEntry, edits: Edits, incoming: FileEntry) => UpdateResult;

export class Reopen {
	pending = $state.raw<readonly ReopenChoice[]>([]);
	/** The choice on screen: the first waiting one. */
	readonly first = $derived(this.pending[0] ?? null);

	constructor(
		private readonly workspace: Workspace,
		private readonly notices: Notices,
		private readonly updateVersion: UpdateVersion
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

	/** Replaces the open file by the incoming version, with its edits carried over. */
	update(choice: ReopenChoice): void {
		const open = this.workspace.files.find((file) => file.id === choice.open.id);
		if (open === undefined) return this.#take(choice);
		const updated = this.updateVersion(open, this.workspace.editsOf(open.id), choice.incoming);
		if (!updated.ok) {
			// The choice stays on screen: the translator can still open it beside.
			this.notices.push(
				'warning',
				`${open.path} was not updated: ${updated.reason}. Open it beside the open one instead.`
			);
			return;
		}
		this.#take(choice);
		const cursor: Cursor = this.workspace.cursorOf(open.id);
		this.workspace.replaceFile(choice.incoming, updated.edits, cursor, 'user');
		this.notices.push('info', `${open.path} was updated to the new version: ${updated.summary}.`);
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
		return { ...pair, kind, editCount: this.workspace.editsOf(pair.open.id).size };
	}
}
