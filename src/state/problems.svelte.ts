/**
 * The Problems panel's state (issue 10): the QA problems of the file on screen or of all open
 * files (the QA worker's results, qa-results.svelte.ts), minus those the translator dismissed. A
 * dismissal is stored by the problem's dismissal key, which changes when the segment's source or
 * translation changes, so a dismissed problem comes back exactly when its segment's text does.
 * Dismissals go through the workspace like every change, so they are saved and synced.
 */
import type { CheckName, FileId, Severity } from '../core/index.ts';
import { sortFilesByPath } from './file-order.ts';
import type { QaResults } from './qa-results.svelte.ts';
import type { Workspace } from './workspace.svelte.ts';

/** One problem as the panel lists it. */
export interface ProblemView {
	/** Its dismissal key: stable while the segment's texts stay the same. */
	readonly key: string;
	readonly check: CheckName;
	readonly severity: Severity;
	readonly message: string;
	readonly segmentId: string;
	/** 0-based row of the segment (line N of the diff pane). */
	readonly segmentIndex: number;
}

/** The problems of one file, for the All files list. */
export interface FileProblemsView {
	readonly fileId: FileId;
	readonly path: string;
	readonly problems: readonly ProblemView[];
	readonly errors: number;
	readonly warnings: number;
}

/** What the panel lists: the file on screen, or every open file by file. */
export type ProblemScope = 'file' | 'all';

export class Problems {
	scope = $state<ProblemScope>('file');

	/** Every problem of the current file, dismissed ones included, in segment order. */
	readonly #all: readonly ProblemView[] = $derived.by(() => {
		const id = this.workspace.currentId;
		return id === null ? [] : this.results.problemsOf(id).map(toView);
	});

	/** The problems of the file on screen still to look at: not dismissed (F8 walks these). */
	readonly list: readonly ProblemView[] = $derived.by(() => {
		const id = this.workspace.currentId;
		if (id === null) return this.#all;
		const dismissed = this.workspace.dismissedOf(id);
		return this.#all.filter((problem) => !dismissed.has(problem.key));
	});

	readonly dismissedCount = $derived(this.#all.length - this.list.length);

	/** The files with problems not dismissed, in path order, each with its counts. */
	readonly byFile: readonly FileProblemsView[] = $derived.by(() => {
		const views: FileProblemsView[] = [];
		for (const file of sortFilesByPath(this.workspace.files)) {
			const dismissed = this.workspace.dismissedOf(file.id);
			const problems = this.results
				.problemsOf(file.id)
				.filter((problem) => !dismissed.has(problem.key))
				.map(toView);
			if (problems.length === 0) continue;
			views.push({
				fileId: file.id,
				path: file.path,
				problems,
				errors: problems.filter((problem) => problem.severity === 'error').length,
				warnings: problems.filter((problem) => problem.severity === 'warning').length
			});
		}
		return views;
	});

	/** Dismissed problems over all open files (for the All files heading). */
	readonly dismissedInAll = $derived.by(() => {
		let count = 0;
		for (const file of this.workspace.files) {
			const dismissed = this.workspace.dismissedOf(file.id);
			if (dismissed.size === 0) continue;
			for (const problem of this.results.problemsOf(file.id))
				if (dismissed.has(problem.key)) count++;
		}
		return count;
	});

	constructor(
		private readonly workspace: Workspace,
		private readonly results: QaResults
	) {}

	/** Dismisses a problem (a false positive) of a file, by default the file on screen. */
	dismiss(key: string, fileId: FileId | null = this.workspace.currentId): void {
		if (fileId !== null) this.workspace.setDismissed(fileId, [key], true, 'user');
	}

	/**
	 * The problems of one row in words, for the line under the editor while the cursor is in
	 * that segment (issue 13.5), or null when it has none.
	 */
	describeRow(row: number): string | null {
		const messages = this.list
			.filter((problem) => problem.segmentIndex === row)
			.map((problem) => `${problem.message} (${problem.check})`);
		return messages.length === 0 ? null : `QA: ${messages.join(' · ')}`;
	}

	/** F8 / Shift+F8: the row of the next (+1) or previous (-1) problem from `row`, wrapping. */
	nextRow(row: number, direction: 1 | -1): number | null {
		// Problems come in segment order: dropping repeats of the previous row leaves each row once.
		const rows = this.list
			.map((problem) => problem.segmentIndex)
			.filter((row, at, all) => at === 0 || all[at - 1] !== row);
		if (rows.length === 0) return null;
		if (direction === 1) return rows.find((candidate) => candidate > row) ?? rows[0] ?? null;
		return [...rows].reverse().find((candidate) => candidate < row) ?? rows.at(-1) ?? null;
	}
}

function toView(problem: ProblemView): ProblemView {
	return {
		key: problem.key,
		check: problem.check,
		severity: problem.severity,
		message: problem.message,
		segmentId: problem.segmentId,
		segmentIndex: problem.segmentIndex
	};
}
