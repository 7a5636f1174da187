/* eslint-disable svelte/prefer-svelte-reactivity -- plain maps built once and replaced whole in
   `$state.raw` records, never mutated in place */
/**
 * Update to new version (issue 9): the translator's edits of an open file merged onto a newer
 * version of it, or a colleague's copy merged into it, per segment (core mergeVersions). base is
 * the file as originally opened, mine is it with the current edits, theirs is the incoming file.
 * The Merge summary dialog shows the outcome and a queue of conflicts, each settled with Take
 * mine, Take theirs or an edited text. Until Apply merge nothing in the workspace changes, so
 * Cancel (or a reload) keeps the open file and its edits as they were. Apply replaces the file by
 * theirs; carried and chosen translations become its edits (so Original translation and Export
 * work as usual), through the workspace, so persistence saves them like any edit.
 */
import {
	mergeVersions,
	parseSxs,
	resolveMerge,
	serializeSxs,
	type MergeConflict,
	type Resolution,
	type SxsDocument,
	type VersionMerge,
	type WordDiffPart
} from '../core/index.ts';
import { diffWordsOf } from '../core/index.ts';
import { documentOf } from './document-cache.ts';
import type { FileEntry } from './file-entry.ts';
import type { Notices } from './notices.svelte.ts';
import type { Workspace } from './workspace.svelte.ts';

/** Conflicts that one resolution settles: those of one segment of theirs (a `p` merge gives several). */
export interface ConflictGroup {
	/** The segment of theirs the resolution is written into. */
	readonly theirs: string;
	readonly conflicts: readonly MergeConflict[];
}

/** One merge waiting in the Merge summary. */
export interface PendingMerge {
	readonly open: FileEntry;
	readonly incoming: FileEntry;
	readonly theirs: SxsDocument;
	readonly merge: VersionMerge;
	readonly groups: readonly ConflictGroup[];
	/** Resolutions by the theirs id of a conflict group; unresolved groups keep theirs. */
	readonly resolutions: ReadonlyMap<string, Resolution>;
}

export class MergeSession {
	queue = $state.raw<readonly PendingMerge[]>([]);
	readonly current = $derived(this.queue[0] ?? null);

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
		const base = documentOf(open.bytes);
		const theirs = documentOf(incoming.bytes);
		if (base === null || theirs === null) {
			this.notices.push(
				'error',
				`${incoming.path} could not be merged: it is not a bilingual file.`
			);
			return false;
		}
		const written = serializeSxs(base, this.workspace.editsOf(open.id));
		const result = mergeVersions(base, parseSxs(written.text), theirs);
		if (!result.ok) {
			this.notices.push('error', `${incoming.path} could not be merged: ${result.error}`);
			return false;
		}
		const groups = groupConflicts(result.merge.conflicts);
		const pending = { open, incoming, theirs, merge: result.merge, groups, resolutions: new Map() };
		this.queue = [...this.queue, pending];
		return true;
	}

	/** Settles one conflict group: mine, theirs, or a text of the translator's. */
	resolve(theirsId: string, resolution: Resolution): void {
		const current = this.current;
		if (current === null) return;
		const resolutions = new Map(current.resolutions).set(theirsId, resolution);
		this.queue = [{ ...current, resolutions }, ...this.queue.slice(1)];
	}

	/** Replaces the open file by the merged one; the old workspace was untouched until now. */
	apply(): void {
		const current = this.current;
		if (current === null) return;
		const { open, incoming, merge, resolutions } = current;
		if (!this.workspace.isOpen(open.id)) return this.#next();
		const edits = resolveMerge(merge, resolutions);
		const entry = { ...incoming, id: open.id, path: open.path };
		this.workspace.replaceFile(entry, edits, this.workspace.cursorOf(open.id), 'user');
		const unresolved = current.groups.filter((group) => !resolutions.has(group.theirs)).length;
		const kept = unresolved > 0 ? `; ${unresolved} conflicts kept the new version's text` : '';
		this.notices.push(
			'info',
			`${open.path} was updated to the new version (${this.summary})${kept}.`
		);
		this.#next();
	}

	/** Keeps the open file as it was; this merge is dropped. */
	cancel(): void {
		this.#next();
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

	#next(): void {
		this.queue = this.queue.slice(1);
	}
}

function groupConflicts(conflicts: readonly MergeConflict[]): ConflictGroup[] {
	const groups = new Map<string, MergeConflict[]>();
	for (const conflict of conflicts) {
		const list = groups.get(conflict.theirs) ?? [];
		list.push(conflict);
		groups.set(conflict.theirs, list);
	}
	return [...groups].map(([theirs, list]) => ({ theirs, conflicts: list }));
}
