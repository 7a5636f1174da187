/* eslint-disable svelte/prefer-svelte-reactivity -- maps built once per step and handed on
   whole (to the workspace, or kept in `$state.raw`), never mutated while rendered */
/**
 * Replace in files (issue 10, Ctrl+Shift+H): find in the translations of every open file (sources
 * are never changed), preview each hit as a before/after diff, and Replace all as one step that
 * Undo replace takes back across all files. The preview is the core's replaceInFiles run without
 * applying it; an invalid pattern is a message, and a replacement the core refuses (it would
 * break the segment's markup) is skipped and listed. Applying goes through the workspace, so it
 * is saved like typing.
 */
import { replaceInFiles, type Edits, type FileId, type Replacement } from '../core/index.ts';
import type { SkippedReplacement, WordDiffPart } from '../core/index.ts';
import { diffWordsOf } from '../core/index.ts';
import { documentOf } from './document-cache.ts';
import type { BulkUndo } from './bulk-undo.svelte.ts';
import type { Notices } from './notices.svelte.ts';
import type { Workspace } from './workspace.svelte.ts';

/** At most this many hits are listed in the dialog (all of them are replaced). */
const LISTED_HITS = 200;

export interface ReplacementView extends Replacement {
	readonly path: string;
	readonly diff: readonly WordDiffPart[] | null;
}

export class ReplaceInFiles {
	find = $state('');
	replace = $state('');
	isRegex = $state(false);
	matchCase = $state(false);
	wholeWord = $state(false);

	/** The dry run: what Replace all would do now, or why it cannot. */
	readonly preview = $derived.by(() => {
		if (this.find === '') return { ok: true as const, files: [], skipped: [] };
		const query = {
			text: this.find,
			isRegex: this.isRegex,
			matchCase: this.matchCase,
			wholeWord: this.wholeWord
		};
		return replaceInFiles(this.#reviewFiles(), query, this.replace);
	});

	readonly error = $derived(this.preview.ok ? null : this.preview.error);
	readonly hitCount = $derived(
		this.preview.ok
			? this.preview.files.reduce((sum, file) => sum + file.replacements.length, 0)
			: 0
	);
	readonly listed: readonly ReplacementView[] = $derived.by(() => {
		if (!this.preview.ok) return [];
		const views: ReplacementView[] = [];
		for (const file of this.preview.files) {
			const path = this.workspace.files.find((entry) => entry.id === file.file)?.path ?? file.file;
			for (const replacement of file.replacements) {
				if (views.length >= LISTED_HITS) return views;
				views.push({
					...replacement,
					path,
					diff: diffWordsOf(replacement.before, replacement.after)
				});
			}
		}
		return views;
	});
	readonly skipped: readonly SkippedReplacement[] = $derived(
		this.preview.ok ? this.preview.skipped : []
	);
	constructor(
		private readonly workspace: Workspace,
		private readonly notices: Notices,
		private readonly bulk: BulkUndo
	) {}

	/** Undo replace takes back the last bulk step, whichever feature made it (bulk-undo.svelte.ts). */
	get canUndo(): boolean {
		return this.bulk.canUndo;
	}

	/** Replaces every hit, in all files, as one step. */
	replaceAll(): void {
		const preview = this.preview;
		if (!preview.ok || preview.files.length === 0) return;
		const hitCount = this.hitCount;
		const texts = new Map<FileId, Map<string, string | null>>();
		for (const file of preview.files) {
			const before = this.workspace.editsOf(file.file);
			texts.set(file.file, changedTexts(before, file.edits, this.#originals(file.file)));
		}
		this.bulk.apply('The replacement', texts);
		this.notices.push('info', `Replaced ${hitCount} segments in ${preview.files.length} files.`);
	}

	/** Takes the last Replace all back, in every file it changed. */
	undoReplace(): void {
		this.bulk.undo();
	}

	#reviewFiles() {
		return this.workspace.files.flatMap((entry) => {
			const document = entry.summary.ok ? documentOf(entry.bytes) : null;
			if (document === null) return [];
			return [
				{ file: entry.id, segments: document.segments, edits: this.workspace.editsOf(entry.id) }
			];
		});
	}

	#originals(fileId: FileId): ReadonlyMap<string, string> {
		const entry = this.workspace.files.find((file) => file.id === fileId);
		const document = entry === undefined ? null : documentOf(entry.bytes);
		return new Map(document?.segments.map((segment) => [segment.id, segment.translation]));
	}
}

/** The segment texts that differ between two edit maps; a text equal to the original is no edit. */
function changedTexts(
	before: Edits,
	after: Edits,
	originals: ReadonlyMap<string, string>
): Map<string, string | null> {
	const texts = new Map<string, string | null>();
	for (const [id, text] of after) {
		if (before.get(id) === text) continue;
		texts.set(id, text === originals.get(id) ? null : text);
	}
	return texts;
}
