/**
 * Going to a segment from anywhere in the app: Go to segment, F8, Ctrl+Enter, a filter hit, a
 * Concordance hit, the file list. Each selects the file when another one is on screen, waits for
 * the pane to show it, then places the cursor and gives the Translation editor the focus: one
 * place, so every path does it in the same order (issue 13.2: focus must really land there).
 */
import { tick } from 'svelte';
import type { FileId } from '../core/index.ts';
import type { Workbench } from '../state/index.ts';

/** What of the diff pane the navigation drives. */
export interface NavigablePane {
	goToSegment(index: number): void;
	focusTranslation(): void;
}

export class PaneNavigation {
	constructor(
		private readonly workbench: Workbench,
		private readonly pane: () => NavigablePane | undefined
	) {}

	/** The segment at `index` of the file on screen, the editor focused. */
	async goToSegment(index: number): Promise<void> {
		this.workbench.current.moveCursor({ index, column: 1 });
		// After a dialog has closed: closing a modal gives focus back to where it was opened.
		await tick();
		this.pane()?.goToSegment(index);
	}

	/** Opens a file (when another is on screen) at a segment; the editor gets focus. */
	async goToFileSegment(fileId: FileId, index: number): Promise<void> {
		await this.#show(fileId);
		await this.goToSegment(index);
	}

	/** Ctrl+Enter: confirm, then the next unconfirmed segment (maybe in the next file). */
	async confirmAndNext(index: number): Promise<void> {
		const target = this.workbench.confirmAndNext(index);
		if (target === null) return;
		await this.#show(target.fileId);
		this.workbench.current.moveCursor({ index: target.index, column: 1 });
		this.pane()?.goToSegment(target.index);
	}

	/** F8 / Shift+F8: the next or previous QA problem of the file, wrapping. */
	async goToProblem(direction: 1 | -1): Promise<void> {
		const row = this.workbench.problems.nextRow(this.workbench.current.cursor.index, direction);
		if (row === null) {
			this.workbench.notices.push('info', 'No QA problems in this file.');
			return;
		}
		await this.goToSegment(row);
	}

	/** Alt+PageDown / Alt+PageUp: the next or previous filter hit, wrapping, maybe in another file. */
	async goToFilterHit(direction: 1 | -1): Promise<void> {
		const { filter, notices, workspace, current } = this.workbench;
		if (!filter.isActive) {
			notices.push('info', 'No filter is set: Ctrl+Shift+L opens Filter segments.');
			return;
		}
		const hit = filter.nextHit(workspace.currentId, current.cursor.index, direction);
		if (hit === null) {
			notices.push('info', 'No segment meets the filter.');
			return;
		}
		await this.goToFileSegment(hit.fileId, hit.segmentIndex);
	}

	/** A click or Enter in the file list: show the file, then type into it. */
	async openFromList(id: FileId): Promise<void> {
		this.workbench.selectFile(id);
		// After the pane has shown the file (and put its cursor back).
		await tick();
		this.pane()?.focusTranslation();
	}

	async #show(fileId: FileId): Promise<void> {
		if (fileId === this.workbench.workspace.currentId) return;
		this.workbench.selectFile(fileId);
		await tick();
	}
}
