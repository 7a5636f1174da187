/**
 * The app's use cases in one place, composed from small parts: the workspace (files, edits),
 * the loader (opening, progress, status), the current file (rows, cursor, edit, revert), the
 * exporter and the notices. Restore on load runs first; only after it has been merged may the
 * store write (`store.start()`), so a failed or partial restore can never overwrite saved work.
 */
import { encodeSxsText, START_CURSOR, toFileId } from '../core/index.ts';
import type { CompareTarget, FileId } from '../core/index.ts';
import type { ExampleFile } from '../examples/index.ts';
import { filesFromInput, pickFiles, readDroppedFiles, type PickedFile } from '../io/index.ts';
import { pairWithOpen } from './pair-version.ts';
import { NEVER_FIRST_VISIT } from '../storage/index.ts';
import type { FirstVisit, MemoryStore, TabSync, WorkspaceStore } from '../storage/index.ts';
import { InteropClient, ReviewClient } from '../worker/index.ts';
import type {
	FileReviewer,
	FileToParse,
	InteropRunner,
	ParseClient,
	ReviewIndex,
	TokenChecker
} from '../worker/index.ts';
import { Interchange } from './interchange.svelte.ts';
import { Memories } from './memories.svelte.ts';
import { WorkspaceBackups } from './backup.svelte.ts';
import { countEdits } from './edits-map.ts';
import { CurrentFile } from './current-file.svelte.ts';
import { Exporter } from './exporter.ts';
import { Loader } from './loader.svelte.ts';
import { Notices } from './notices.svelte.ts';
import { Persistence } from './persistence.ts';
import { Reopen } from './reopen.svelte.ts';
import { MergeSession } from './merge-session.svelte.ts';
import { Problems } from './problems.svelte.ts';
import { QaResults } from './qa-results.svelte.ts';
import { SegmentFilter } from './segment-filter.svelte.ts';
import { Repetitions } from './repetitions.svelte.ts';
import { WordCounts } from './word-counts.svelte.ts';
import { ReplaceInFiles } from './replace-in-files.svelte.ts';
import { BulkUndo } from './bulk-undo.svelte.ts';
import { StorageUsage } from './storage-usage.svelte.ts';
import { Matches } from './matches.svelte.ts';
import { Concordance } from './concordance.svelte.ts';
import { OpenFileReview } from './open-file-review.ts';
import type { MatchSource } from './match-source.ts';
import { TabMerge } from './tab-merge.svelte.ts';
import { Workspace } from './workspace.svelte.ts';
import type { FileEntry } from './file-entry.ts';
import { exampleMatcher } from './example-files.ts';
import { documentOf } from './document-cache.ts';
import { neighbourIn, sortFilesByPath } from './file-order.ts';

export interface WorkbenchDependencies {
	readonly store: WorkspaceStore;
	readonly parser: ParseClient;
	readonly examples: readonly ExampleFile[];
	/** Errors reported by the store before this object exists are routed here. */
	readonly notices?: Notices;
	/** Runs the Source view's token check off the main thread. */
	readonly tokenChecker?: TokenChecker;
	/** Runs the QA of every open file and counts their words off the main thread. */
	readonly reviewer?: FileReviewer;
	/** Calls `flush` when the page is hidden or closed; returns a cleanup. */
	readonly watchPageHidden?: (flush: () => Promise<void>) => () => void;
	/** Other tabs on the same workspace; without it this tab does not follow them. */
	readonly tabs?: TabSync;
	/** Storage usage and persistence; without it nothing is shown or asked. */
	readonly storageUsage?: StorageUsage;
	/** The open files for Matches and the Concordance (the review worker); else on this thread. */
	readonly reviewIndex?: ReviewIndex;
	/** More sources for the Matches list after the open files (imported memories, issue 11). */
	readonly matchSources?: readonly MatchSource[];
	/** The interchange worker (XLIFF, TMX, memories); without it the work runs in this thread. */
	readonly interop?: InteropRunner;
	/** Where imported memories are kept; without it they last until the tab closes. */
	readonly memoryStore?: MemoryStore;
	/** Whether this is the browser's very first visit (the examples open); without it, never. */
	readonly firstVisit?: FirstVisit;
}

export class Workbench {
	readonly notices: Notices;
	readonly workspace: Workspace;
	readonly loader: Loader;
	readonly current: CurrentFile;
	readonly exporter: Exporter;
	/** Other tabs' edits and files, and the conflicts between theirs and ours. */
	readonly tabMerge: TabMerge;
	/** Export workspace / Import workspace. */
	readonly backups: WorkspaceBackups;
	/** Files opened again while open, waiting for the translator's choice. */
	readonly reopen: Reopen;
	/** Merges of edits onto new versions or colleagues' copies, waiting in the Merge summary. */
	readonly merges: MergeSession;
	/** The QA problems and word counts of every open file, from the QA worker. */
	readonly qa: QaResults;
	/** The QA problems of the file on screen or of all files, for the Problems panel and F8. */
	readonly problems: Problems;
	/** Segments and words per file and overall, with the confirmed share and MT/HT split. */
	readonly wordCounts: WordCounts;
	/** Filter segments: the segments of one or all files that meet the translator's criteria. */
	readonly filter: SegmentFilter;
	/** Replace in files across every open file, with one undo step. */
	/** The last change to many segments at once (Replace all, repetitions, imports), undoable as one step. */
	readonly bulkUndo: BulkUndo;
	readonly replacer: ReplaceInFiles;
	/** Segments with the same source, and the offer to fill them after a confirmation. */
	readonly repetitions: Repetitions;
	readonly storageUsage: StorageUsage;
	/** The Matches list of the segment under the cursor (Ctrl+1…3 insert one). */
	readonly matches: Matches;
	/** The Concordance: a term in the sources and translations of every open file. */
	readonly concordance: Concordance;
	/** Export/Import XLIFF and Export TMX. */
	readonly interchange: Interchange;
	/** Imported translation memories (Import TMX, the Memories dialog). */
	readonly memories: Memories;
	/** The memories' side of the Matches list (issue 10's `MatchSource`). */
	readonly memoryMatches: MatchSource;
	/** The token check of one file for the Source view; resolves to null when superseded. */
	readonly checkTokens: TokenChecker['checkFile'];
	/** False until the saved workspace has been read and merged. */
	isRestored = $state(false);
	/** The file on screen is a built-in example (a line says so, issue 13.7). */
	readonly isShowingExample = $derived.by(() => {
		const shown = this.workspace.current;
		return shown !== null && this.#isExample(shown);
	});
	readonly #store: WorkspaceStore;
	readonly #persistence: Persistence;
	readonly #isExample: (entry: FileEntry) => boolean;
	readonly #examples: readonly ExampleFile[];
	readonly #watchPageHidden: NonNullable<WorkbenchDependencies['watchPageHidden']>;
	readonly #firstVisit: FirstVisit;

	constructor(dependencies: WorkbenchDependencies) {
		this.#store = dependencies.store;
		this.#examples = dependencies.examples;
		this.#watchPageHidden = dependencies.watchPageHidden ?? (() => () => undefined);
		this.#firstVisit = dependencies.firstVisit ?? NEVER_FIRST_VISIT;
		this.notices = dependencies.notices ?? new Notices();
		this.workspace = new Workspace();
		this.#persistence = new Persistence(this.workspace, this.#store);
		this.merges = new MergeSession(this.workspace, this.notices);
		this.reopen = new Reopen(this.workspace, this.notices, (open, incoming) =>
			this.merges.start(open, incoming)
		);
		this.loader = new Loader(this.workspace, this.notices, dependencies.parser);
		this.current = new CurrentFile(this.workspace, this.notices);
		this.#isExample = exampleMatcher(this.#examples);
		this.exporter = new Exporter(this.workspace, this.notices, undefined, this.#isExample);
		this.qa = new QaResults(this.workspace, dependencies.reviewer ?? null);
		this.problems = new Problems(this.workspace, this.qa);
		this.filter = new SegmentFilter(this.workspace, this.qa);
		this.wordCounts = new WordCounts(this.workspace, this.qa);
		this.bulkUndo = new BulkUndo(this.workspace, this.notices);
		this.replacer = new ReplaceInFiles(this.workspace, this.notices, this.bulkUndo);
		const review = new OpenFileReview(
			this.workspace,
			dependencies.reviewIndex ?? new ReviewClient(null)
		);
		const interop = dependencies.interop ?? new InteropClient(null);
		this.memories = new Memories(dependencies.memoryStore ?? null, interop, this.notices);
		this.memoryMatches = this.memories;
		// The open files first, then the imported memories: merged best first by the list.
		this.matches = new Matches(this.workspace, this.current, this.notices, [
			review.matchSource,
			this.memoryMatches,
			...(dependencies.matchSources ?? [])
		]);
		this.concordance = new Concordance(review.index);
		this.repetitions = new Repetitions(this.workspace, this.qa, this.bulkUndo, this.notices);
		const { store, tabs } = dependencies;
		this.tabMerge = new TabMerge(store, this.workspace, this.loader, this.notices, tabs);
		this.storageUsage = dependencies.storageUsage ?? new StorageUsage(null);
		this.backups = new WorkspaceBackups({
			workspace: this.workspace,
			current: this.current,
			loader: this.loader,
			notices: this.notices,
			clear: () => this.closeAll()
		});
		this.interchange = new Interchange(
			this.workspace,
			this.notices,
			this.bulkUndo,
			interop,
			this.#isExample
		);
		const checker = dependencies.tokenChecker;
		this.checkTokens = (fileKey, pairs) =>
			checker?.checkFile(fileKey, pairs) ?? Promise.resolve(null);
	}

	/** Restores the saved workspace, then allows writing. Returns a cleanup for the page hooks. */
	async restore(): Promise<() => void> {
		const startedAt = performance.now();
		const result = await this.#store.load();
		// Each skipped record names its file; the rest of the workspace loads.
		if (result.ok) for (const problem of result.problems) this.notices.push('error', problem);
		if (!result.ok) {
			this.notices.storageError = result.message;
		} else if (result.snapshot.files.length > 0) {
			const { files, currentFileId } = result.snapshot;
			const restored = files.map((file) => ({ path: file.path, contents: file.bytes }));
			this.workspace.setCompare(result.snapshot.settings.compare, 'restore');
			void this.storageUsage.requestPersistence();
			await this.loader.open(restored, 'restore');
			for (const file of files)
				this.workspace.setFileEdits(
					toFileId(file.id),
					file.edits,
					file.cursor,
					'restore',
					file.confirmed,
					file.dismissed,
					file.drafts
				);
			this.merges.restore(result.snapshot.merges);
			if (currentFileId !== null) this.workspace.select(toFileId(currentFileId), 'restore');
			const shown = this.workspace.currentId;
			if (shown !== null) this.current.cursor = this.workspace.cursorOf(shown);
		}
		// Before isRestored: the first screen never flashes up before the examples are there. What
		// it adds is queued and written once the store starts, like everything opened meanwhile.
		await this.#openExamplesOnFirstVisit(result.ok);
		this.isRestored = true;
		this.storageUsage.refresh();
		performance.measure('locdiff:restore', { start: startedAt });
		this.#store.start();
		this.tabMerge.start();
		// Memories are indexed in the worker after the workspace is on screen; matches wait for them.
		void this.memories.restore();
		return this.#watchPageHidden(() => this.#persistence.flush());
	}

	/**
	 * The very first visit (nothing stored, never here before) shows the product working: the
	 * examples open, saved like any file. Only once: after Close all, or once real files have
	 * replaced them, the translator is never forced back to them.
	 */
	async #openExamplesOnFirstVisit(isStoreReadable: boolean): Promise<void> {
		if (!isStoreReadable || !this.#firstVisit.isFirst()) return;
		// A workspace stored before this flag existed is a visit too: it just restored.
		this.#firstVisit.markDone();
		// Files the translator chose while the restore ran come first: no examples beside them.
		if (this.workspace.files.length === 0 && !this.loader.isLoading) await this.openExamples();
	}

	openFiles(files: Iterable<File>): Promise<void> {
		return this.#open(filesFromInput(files).map(toParse));
	}

	/** Must be called inside the drop event: the entries are read from it synchronously. */
	openDrop(dataTransfer: DataTransfer): Promise<void> {
		return readDroppedFiles(dataTransfer).then((picked) => this.#open(picked.map(toParse)));
	}

	openExamples(): Promise<void> {
		const examples = this.#examples.map((example) => ({
			path: example.path,
			contents: encodeSxsText(example.text)
		}));
		return this.#open(examples, true);
	}

	selectFile(fileId: FileId): void {
		this.current.select(fileId);
	}

	/**
	 * Moves to the previous (-1) or next (+1) file in `order`: the file list as displayed (sorted
	 * and filtered), by default every file in natural path order.
	 */
	selectNeighbour(
		direction: 1 | -1,
		order: readonly { readonly id: FileId }[] = sortFilesByPath(this.workspace.files)
	): void {
		const next = neighbourIn(order, this.workspace.currentId, direction);
		if (next !== null) this.current.select(next.id);
	}

	/**
	 * Ctrl+Enter: confirms the segment at `index` and moves to the next unconfirmed one, into the
	 * next file with one at the end of a file. Returns where the cursor goes, or null when every
	 * segment of the workspace is confirmed (a notice says so).
	 */
	confirmAndNext(index: number): { readonly fileId: FileId; readonly index: number } | null {
		const fileId = this.workspace.currentId;
		if (fileId === null) return null;
		this.current.confirm(index);
		this.repetitions.offerAfterConfirm(fileId, index);
		const inFile = this.current.nextUnconfirmed(index);
		if (inFile !== null) return { fileId, index: inFile };
		const files = this.workspace.files;
		const at = files.findIndex((file) => file.id === fileId);
		for (const file of [...files.slice(at + 1), ...files.slice(0, at + 1)]) {
			const document = file.summary.ok ? documentOf(file.bytes) : null;
			const confirmed = this.workspace.confirmedOf(file.id);
			const next = document?.segments.findIndex((segment) => !confirmed.has(segment.id)) ?? -1;
			if (next >= 0) return { fileId: file.id, index: next };
		}
		this.notices.push('info', 'Every segment of the open files is confirmed.');
		return null;
	}

	/** Update to new version: asks for newer versions of open files, then merges each. */
	updateToNewVersion(): void {
		pickFiles('.md,.markdown,text/markdown', (files) => void this.mergeNewVersions(files));
	}

	/** Pairs each file with the open file it is a version of, and merges the edits onto it. */
	async mergeNewVersions(files: Iterable<File>): Promise<void> {
		const entries = await this.loader.parse(filesFromInput(files).map(toParse));
		for (const entry of entries) {
			const open = pairWithOpen(entry, this.workspace.files);
			if (open === null)
				this.notices.push(
					'warning',
					`${entry.path} is not a version of any open file: not merged.`
				);
			else this.merges.start(open, entry);
		}
	}

	/** Switches what translations are compared with (saved like every change). */
	setCompare(compare: CompareTarget): void {
		this.workspace.setCompare(compare, 'user');
	}

	/** What Close all discards, for its confirmation. */
	describeDiscard(): string {
		const files = `${this.workspace.files.length} open files`;
		const editCount = countEdits(this.workspace.edits);
		if (editCount === 0) return `${files} (none of them edited)`;
		return `${files} and ${editCount} edits in ${this.workspace.edits.size} of them`;
	}

	async closeAll(): Promise<void> {
		this.workspace.clear('user');
		this.reopen.pending = [];
		await this.#persistence.flush();
		this.notices.clear();
		this.current.cursor = START_CURSOR;
	}

	retryStorage(): Promise<void> {
		return this.#persistence.flush();
	}

	/**
	 * Writes every queued change now (the path `pagehide` uses) and resolves to true only if all
	 * of it is stored: no storage banner is up. Reloading into a new version waits for this.
	 */
	async flush(): Promise<boolean> {
		await this.#persistence.flush();
		return this.notices.storageError === null;
	}

	async #open(files: readonly FileToParse[], isExamples = false): Promise<void> {
		if (files.length === 0) {
			this.notices.push('warning', 'Nothing to open: the selection held no files.');
			return;
		}
		const examples = isExamples ? [] : this.workspace.files.filter(this.#isExample);
		const hadCurrent = this.workspace.currentId !== null;
		const sorted = await this.loader.open(files, 'user');
		this.reopen.settle(sorted);
		// Real work is a bilingual file: a failed or plain Markdown file leaves the examples be.
		const isRealWork = sorted.added.some((entry) => entry.summary.ok);
		if (isRealWork && examples.length > 0) this.#closeExamples(examples);
		// Once there is work to keep, ask the browser not to evict it under disk pressure.
		if (this.workspace.files.length > 0) void this.storageUsage.requestPersistence();
		const currentId = this.workspace.currentId;
		if (!hadCurrent && currentId !== null) this.current.select(currentId);
	}

	/** Real files were opened: the untouched examples close; edited ones stay, out of exports. */
	#closeExamples(examples: readonly FileEntry[]): void {
		const isTouched = (entry: FileEntry): boolean =>
			this.workspace.editsOf(entry.id).size > 0 || this.workspace.confirmedOf(entry.id).size > 0;
		const untouched = examples.filter((entry) => !isTouched(entry)).map((entry) => entry.id);
		if (untouched.length > 0) this.workspace.removeFiles(untouched, 'user');
		if (untouched.length < examples.length)
			this.notices.push(
				'info',
				'The examples you edited stay open; Export all and Export clean (all) leave them out.'
			);
		// The cursor follows the file now shown (a closed example's place is gone).
		const shown = this.workspace.currentId;
		if (shown !== null) this.current.select(shown);
	}
}

function toParse(picked: PickedFile): FileToParse {
	return { path: picked.path, contents: picked.blob };
}
