/**
 * Opening files: from the file chooser, a folder, a drop, the built-in examples, or the saved
 * workspace. Parsing happens in the worker pool; progress and the final `N files · M segments`
 * status live here, and every file that fails gets a notice naming it.
 */
import type { FileToParse, ParseClient, ParsedFileResult } from '../worker/client.ts';
import type { FileEntry } from './file-entry.ts';
import type { Notices } from './notices.svelte.ts';
import type { Workspace } from './workspace.svelte.ts';

export class Loader {
	isLoading = $state(false);
	done = $state(0);
	total = $state(0);
	/** Serialises loads: a second drop while the first parses waits its turn. */
	#queue: Promise<void> = Promise.resolve();

	/** Exactly `N files · M segments`, plus `· K failed` when some files did not load. */
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

	/** Parses and adds picked files. `shouldPersist` is false only while restoring saved ones. */
	open(picked: readonly FileToParse[], shouldPersist = true): Promise<ParsedFileResult[]> {
		const run = this.#queue.then(() => this.#load(picked, shouldPersist));
		this.#queue = run.then(
			() => undefined,
			() => undefined
		);
		return run;
	}

	async #load(picked: readonly FileToParse[], shouldPersist: boolean): Promise<ParsedFileResult[]> {
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
			const entries: FileEntry[] = parsed.map((file) => ({ id: file.path, ...file }));
			const discarded = this.workspace.addFiles(entries, { shouldPersist });
			for (const entry of entries) {
				if (!entry.summary.ok)
					this.notices.push('error', `${entry.path} ${entry.summary.error.message}`);
			}
			for (const path of discarded) {
				this.notices.push(
					'warning',
					`${path} was opened again with different content; its earlier edits were discarded.`
				);
			}
			return parsed;
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
