/**
 * The Problems panel's state (issue 10): the QA problems of the file on screen (core
 * checkSegments over the current translations), minus those the translator dismissed. A
 * dismissal is stored by the problem's dismissal key, which changes when the segment's source or
 * translation changes, so a dismissed problem comes back exactly when its segment's text does.
 * Dismissals go through the workspace like every change, so they are saved and synced.
 */
import { checkSegments, dismissalKey, type CheckName, type Severity } from '../core/index.ts';
import type { CurrentFile } from './current-file.svelte.ts';
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

export class Problems {
	/** Every problem of the current file, dismissed ones included, in segment order. */
	readonly #all: readonly ProblemView[] = $derived.by(() => {
		const rows = this.current.rows;
		const locale = this.workspace.current?.summary.ok
			? this.workspace.current.summary.locale
			: null;
		const segments = rows.map((row) => ({
			id: row.id,
			source: row.source,
			translation: row.current
		}));
		return checkSegments(segments, { locale }).map((problem) => {
			const row = rows[problem.segmentIndex];
			return {
				key: dismissalKey(problem, row?.source ?? '', row?.current ?? ''),
				check: problem.check,
				severity: problem.severity,
				message: problem.message,
				segmentId: problem.segmentId,
				segmentIndex: problem.segmentIndex
			};
		});
	});

	/** The problems still to look at: not dismissed. */
	readonly list: readonly ProblemView[] = $derived.by(() => {
		const id = this.workspace.currentId;
		if (id === null) return this.#all;
		const dismissed = this.workspace.dismissedOf(id);
		return this.#all.filter((problem) => !dismissed.has(problem.key));
	});

	readonly dismissedCount = $derived(this.#all.length - this.list.length);

	constructor(
		private readonly workspace: Workspace,
		private readonly current: CurrentFile
	) {}

	/** Dismisses a problem (a false positive); it comes back when its segment's text changes. */
	dismiss(key: string): void {
		const id = this.workspace.currentId;
		if (id !== null) this.workspace.setDismissed(id, [key], true, 'user');
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
