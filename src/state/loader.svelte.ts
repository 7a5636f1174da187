/**
 * Opening files: from the file chooser, a folder, a drop, the built-in examples, the saved
 * workspace or another tab. Parsing happens in the worker pool; progress and the final
 * `N files · M segments` status live here, and every file that fails gets a notice naming it.
 * The loader only adds files whose paths are not open: what to do with a file that is already
 * open (another version, the same bytes) is returned for the workbench to settle.
 */
import { toFileId } from '../core/index.ts';
import type { FileToParse, ParseClient } from '../worker/index.ts';
import type { FileEntry, SortedOpen } from './file-entry.ts';
import { hasNoSegments } from './file-status.ts';
import type { Notices } from './notices.svelte.ts';
import type { ChangeOrigin } from './workspace-change.ts';
import type { Workspace } from './workspace.svelte.ts';

const NOTHING_OPENED: SortedOpen = { added: [], identical: [], changed: [], duplicates: [] };

export class Loader {
	isLoading = $state(false);
	done = $state(0);
	total = $state(0);
	/** Serialises loads: a second drop while the first parses waits its turn. */
	#queue: Promise<unknown> = Promise.resolve();

	/** Exactly `N files · M segments`, plus `· K failed` when some files did not load (not counting files with no segments). */
	readonly statusText = $derived.by(() => {
		if (this.isLoading) return `Loading ${this.done} / ${this.total} files…`;
		const { files, segmentCount, failedCount } = this.workspace;
		// Always this exact shape (even `1 files`): tests and scripts read it.
		const text = `${files.length} files · ${segmentCount} segments`;
		return failedCount > 0 ? `${text} · ${failedCount} failed` : text;
	});

	constructor(
		private readonly workspace: Workspace,
		private readonly notices: Notices,
		private readonly parser: ParseClient
	) {}

	/** Parses and adds the picked files whose paths are not open yet. */
	open(picked: readonly FileToParse[], origin: ChangeOrigin): Promise<SortedOpen> {
		return this.#serialised(async () => {
			const entries = await this.#parse(picked);
			if (entries.length === 0) return NOTHING_OPENED;
			const sorted = this.workspace.addFiles(entries, origin);
			for (const entry of sorted.added) {
				// A file with no segments opened fine: said, not alarmed about (file-status.ts).
				if (!entry.summary.ok) {
					const level = hasNoSegments(entry.summary) ? 'info' : 'error';
					this.notices.push(level, `${entry.path} ${entry.summary.error.message}`);
				}
			}
			return sorted;
		});
	}

	/** Parses files without adding them (another version of an open file, another tab's file). */
	parse(picked: readonly FileToParse[]): Promise<FileEntry[]> {
		return this.#serialised(() => this.#parse(picked));
	}

	#serialised<T>(step: () => Promise<T>): Promise<T> {
		const run = this.#queue.then(step);
		this.#queue = run.catch(() => undefined);
		return run;
	}

	async #parse(picked: readonly FileToParse[]): Promise<FileEntry[]> {
		if (picked.length === 0) return [];
		const startedAt = performance.now();
		this.isLoading = true;
		this.done = 0;
		this.total = picked.length;
		try {
			const parsed = await this.parser.parseAll(picked, (done, total) => {
				this.done = done;
				this.total = total;
			});
			return parsed.map((file) => ({ id: toFileId(file.path), ...file }));
		} catch (error: unknown) {
			const message = error instanceof Error ? error.message : String(error);
			this.notices.push('error', `Could not open the files: ${message}`);
			return [];
		} finally {
			this.isLoading = false;
			// User Timing, read by the benchmark and visible in DevTools' performance panel.
			performance.measure('locdiff:open', { start: startedAt });
		}
	}
}
