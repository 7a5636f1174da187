/**
 * Update to new version (issue 9): the translator's edits of an open file merged onto a newer
 * version of it, or a colleague's copy merged into it, per segment (core mergeVersions). base is
 * the file as originally opened, mine is it with the current edits, theirs is the incoming file.
 * The Merge summary dialog shows the outcome and a queue of conflicts, each settled with Take
 * mine, Take theirs or an edited text. The queue and its resolutions live in the workspace
 * (`MergeInProgress`), so they are saved like edits and a reload reopens the summary where the
 * translator left it; the merge itself is computed from them (pending-merge.ts). Until Apply
 * merge the open file and its edits stay as they were, so Cancel keeps them. Apply replaces the
 * file by theirs; carried and chosen translations become its edits (so Original translation and
 * Export work as usual), and confirmed segments whose text carried stay confirmed.
 */
import {
	carryConfirmations,
	diffWordsOf,
	resolveMerge,
	type Edits,
	type FileId,
	type MergeInProgress,
	type Resolution,
	type WordDiffPart
} from '../core/index.ts';
import { summarizeFile } from '../worker/index.ts';
import { documentOf } from './document-cache.ts';
import type { FileEntry } from './file-entry.ts';
import type { Notices } from './notices.svelte.ts';
import {
	computeMerge,
	toPendingMerge,
	type ComputedMerge,
	type PendingMerge
} from './pending-merge.ts';
import type { Workspace } from './workspace.svelte.ts';

export type { ConflictGroup, PendingMerge } from './pending-merge.ts';

/** The last merge computed, and what it was computed from (same inputs, same merge). */
interface CachedMerge {
	readonly waiting: MergeInProgress;
	readonly open: FileEntry;
	readonly edits: Edits;
	readonly computed: ComputedMerge;
}

let lastId = 0;

export class MergeSession {
	#cache: CachedMerge | null = null;

	/** The merge on screen: the first waiting one whose file is open and that can be merged. */
	readonly current = $derived.by((): PendingMerge | null => {
		const waiting = this.workspace.merges[0];
		if (waiting === undefined) return null;
		const open = this.workspace.files.find((file) => file.id === waiting.fileId);
		if (open === undefined) return null;
		const computed = this.#computed(waiting, open, this.workspace.editsOf(open.id));
		return computed.ok ? toPendingMerge(waiting, open, computed) : null;
	});

	/** Exactly `N carried · N conflicts · N new · N dropped` (a contract: tests read it). */
	readonly summary = $derived.by(() => {
		const merge = this.current?.merge;
		if (merge === undefined) return '';
		const counts = [
			`${merge.carried.length} carried`,
			`${merge.conflicts.length} conflicts`,
			`${merge.added.length} new`,
			`${merge.dropped.length} dropped`
		];
		return counts.join(' · ');
	});

	constructor(
		private readonly workspace: Workspace,
		private readonly notices: Notices
	) {}

	/** Merges the open file's edits onto `incoming` and queues the result for the dialog. */
	start(open: FileEntry, incoming: FileEntry): boolean {
		const computed = computeMerge(open, incoming.bytes, this.workspace.editsOf(open.id));
		if (!computed.ok) {
			this.notices.push('error', `${incoming.path} could not be merged: ${computed.error}.`);
			return false;
		}
		const id = `${Date.now().toString(36)}-${++lastId}`;
		const waiting = { id, fileId: open.id, path: incoming.path, bytes: incoming.bytes };
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- replaced whole, never mutated
		this.workspace.queueMerge({ ...waiting, resolutions: new Map() }, 'user');
		return true;
	}

	/**
	 * Takes the merges saved before a reload back into the queue: those whose file is open again
	 * and that still merge (the others are named in a notice and dropped).
	 */
	restore(saved: readonly MergeInProgress[]): void {
		const kept = saved.filter((waiting) => {
			const open = this.workspace.files.find((file) => file.id === waiting.fileId);
			const computed = open && computeMerge(open, waiting.bytes, this.workspace.editsOf(open.id));
			if (computed?.ok) return true;
			const why = computed ? computed.error : `${waiting.fileId} is no longer open`;
			this.notices.push('warning', `The merge of ${waiting.path} was not restored: ${why}.`);
			return false;
		});
		if (kept.length > 0) this.workspace.setMerges(kept, 'restore');
	}

	/** The open files a waiting merge can go into (the translator may change the pairing). */
	readonly targets = $derived.by(() =>
		this.workspace.files
			.filter((file) => file.summary.ok)
			.map((file) => ({ id: file.id, path: file.path }))
	);

	/** Merges the file on screen into another open file instead; its settled conflicts start over. */
	pairWith(fileId: FileId): void {
		const current = this.current;
		const open = this.workspace.files.find((file) => file.id === fileId);
		if (current === null || open === undefined || current.open.id === fileId) return;
		const computed = computeMerge(open, current.incoming.bytes, this.workspace.editsOf(fileId));
		if (!computed.ok) {
			this.notices.push(
				'error',
				`${current.incoming.path} cannot go into ${open.path}: ${computed.error}.`
			);
			return;
		}
		const merges = this.workspace.merges.map((waiting) =>
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- replaced whole, never mutated
			waiting.id === current.id ? { ...waiting, fileId, resolutions: new Map() } : waiting
		);
		this.workspace.setMerges(merges, 'user');
	}

	/** Settles one conflict group: mine, theirs, or a text of the translator's. */
	resolve(theirsId: string, resolution: Resolution): void {
		const current = this.current;
		if (current !== null)
			this.workspace.resolveMergeConflict(current.id, theirsId, resolution, 'user');
	}

	/** Replaces the open file by the merged one; the old workspace was untouched until now. */
	apply(): void {
		const current = this.current;
		if (current === null) return;
		const { open, incoming, merge, resolutions } = current;
		const counts = this.summary;
		const edits = resolveMerge(merge, resolutions);
		const confirmed = carryConfirmations(merge, resolutions, this.workspace.confirmedOf(open.id), {
			base: documentOf(open.bytes)?.segments ?? [],
			theirs: current.theirs.segments,
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once by a pure function
			edited: new Set(this.workspace.editsOf(open.id).keys())
		});
		const summary = summarizeFile(open.path, incoming.bytes);
		const entry = { id: open.id, path: open.path, bytes: incoming.bytes, summary };
		const cursor = this.workspace.cursorOf(open.id);
		this.workspace.replaceFile(entry, edits, cursor, 'user', confirmed);
		const unresolved = current.groups.filter((group) => !resolutions.has(group.theirs)).length;
		const kept = unresolved > 0 ? `; ${unresolved} conflicts kept the new version's text` : '';
		this.workspace.endMerge(current.id, 'user');
		this.notices.push('info', `${open.path} was updated to the new version (${counts})${kept}.`);
	}

	/** Keeps the open file as it was; this merge is dropped. */
	cancel(): void {
		const current = this.current;
		if (current !== null) this.workspace.endMerge(current.id, 'user');
	}

	/** What changed between two texts of one language, word by word (null: too different). */
	diff(before: string, after: string): WordDiffPart[] | null {
		return diffWordsOf(before, after);
	}

	/** The dropped segments of the current merge as text a translator can keep. */
	droppedText(): string {
		const dropped = this.current?.merge.dropped ?? [];
		return dropped
			.map(
				(segment) =>
					`${segment.id}\n  source: ${segment.source}\n  translation: ${segment.translation}\n`
			)
			.join('\n');
	}

	/** The merge of these inputs, computed once per version of them. */
	#computed(waiting: MergeInProgress, open: FileEntry, edits: Edits): ComputedMerge {
		const cache = this.#cache;
		const isSame =
			cache !== null &&
			cache.waiting.id === waiting.id &&
			cache.waiting.bytes === waiting.bytes &&
			cache.open === open &&
			cache.edits === edits;
		if (isSame) return cache.computed;
		const computed = computeMerge(open, waiting.bytes, edits);
		this.#cache = { waiting, open, edits, computed };
		return computed;
	}
}
