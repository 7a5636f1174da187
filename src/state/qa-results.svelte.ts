/* eslint-disable svelte/prefer-svelte-reactivity -- the maps are built once per report and kept
   whole in `$state.raw`; the pending sets are bookkeeping, never rendered */
/**
 * The QA problems and word counts of every open file (issue 10), computed off the main thread.
 * It follows the workspace's changes, collects the files whose bytes or edits changed, and after
 * a short pause (typing stays instant) sends only those to the reviewer (the QA worker), which
 * keeps the others. One request at a time: the next waits for the answer, so answers arrive in
 * order and never overwrite newer ones.
 */
import type { FileId, FileWordCount } from '../core/index.ts';
import { QaSession, type FileReviewer, type KeyedProblem, type QaReport } from '../worker/index.ts';
import type { QaFileUpdate } from '../worker/index.ts';
import type { Workspace } from './workspace.svelte.ts';

/** Pause after the last change before the files are checked again. */
const DEFAULT_DELAY_MS = 250;

/** Files sent with their bytes per request: thousands of files show their results as they come. */
const FILES_PER_REQUEST = 200;

const NO_PROBLEMS: readonly KeyedProblem[] = [];

export class QaResults {
	/** Each file's own problems (the per-segment checks), in segment order. */
	own = $state.raw<ReadonlyMap<FileId, readonly KeyedProblem[]>>(new Map());
	/** Each file's consistency problems, checked across all open files. */
	consistency = $state.raw<ReadonlyMap<FileId, readonly KeyedProblem[]>>(new Map());
	/** Each file's segments and words (translations as edited), and its MT/HT type. */
	counts = $state.raw<ReadonlyMap<FileId, FileWordCount>>(new Map());
	/** Each open file's segments by repetition group id (-1: none), and each group's size. */
	repetitions = $state.raw<{
		readonly groupOf: ReadonlyMap<FileId, Int32Array>;
		readonly sizes: Int32Array;
	}>({ groupOf: new Map(), sizes: new Int32Array(0) });
	/** True while changed files wait for or are in a check. */
	isChecking = $state(false);

	readonly #reviewer: FileReviewer;
	readonly #delayMs: number;
	readonly #withBytes = new Set<FileId>();
	readonly #edited = new Set<FileId>();
	#isOrderChanged = false;
	#timer: ReturnType<typeof setTimeout> | null = null;
	#running: Promise<void> | null = null;

	constructor(
		private readonly workspace: Workspace,
		reviewer: FileReviewer | null = null,
		delayMs = DEFAULT_DELAY_MS
	) {
		this.#reviewer = reviewer ?? localReviewer();
		this.#delayMs = delayMs;
		workspace.listen((change) => {
			switch (change.kind) {
				case 'files-added':
					for (const file of change.files) if (file.summary.ok) this.#withBytes.add(file.id);
					break;
				case 'file-replaced':
					this.#withBytes.add(change.file.id);
					break;
				case 'segments-edited':
				case 'file-edits-set':
					this.#edited.add(change.fileId);
					break;
				case 'files-removed':
				case 'cleared':
					this.#isOrderChanged = true;
					break;
				default:
					return;
			}
			this.#schedule();
		});
	}

	/** A file's problems, its own and the consistency ones, in segment order. */
	problemsOf(fileId: FileId): readonly KeyedProblem[] {
		const own = this.own.get(fileId) ?? NO_PROBLEMS;
		const across = this.consistency.get(fileId);
		if (across === undefined) return own;
		return [...own, ...across].sort((a, b) => a.segmentIndex - b.segmentIndex);
	}

	/** Checks what changed now, without the pause, and resolves once every answer is in. */
	async settle(): Promise<void> {
		if (this.#timer !== null) {
			clearTimeout(this.#timer);
			this.#timer = null;
			this.#running ??= this.#run();
		}
		while (this.#running !== null) await this.#running;
	}

	#schedule(): void {
		this.isChecking = true;
		if (this.#timer !== null) clearTimeout(this.#timer);
		this.#timer = setTimeout(() => {
			this.#timer = null;
			this.#running ??= this.#run();
		}, this.#delayMs);
	}

	/** Sends what changed, applies the answer, and goes on while more changed meanwhile. */
	async #run(): Promise<void> {
		while (this.#hasPending()) {
			const order = this.workspace.files.filter((file) => file.summary.ok).map((file) => file.id);
			const changed = this.#takeChanged();
			const report = await this.#reviewer.review(changed, order, this.#hasPending());
			if (report === null) {
				// The reviewer lost its files (a crashed worker): send every file again.
				for (const id of order) this.#withBytes.add(id);
				continue;
			}
			this.#apply(report, order);
		}
		this.#running = null;
		this.isChecking = this.#timer !== null;
	}

	#hasPending(): boolean {
		return this.#withBytes.size > 0 || this.#edited.size > 0 || this.#isOrderChanged;
	}

	#takeChanged(): QaFileUpdate[] {
		const changed: QaFileUpdate[] = [];
		const byId = new Map(this.workspace.files.map((file) => [file.id, file]));
		const withBytes = [...this.#withBytes].slice(0, FILES_PER_REQUEST);
		for (const id of new Set([...withBytes, ...this.#edited])) {
			const entry = byId.get(id);
			if (entry === undefined || !entry.summary.ok) continue;
			const edits = [...this.workspace.editsOf(id)];
			changed.push(
				this.#withBytes.has(id) ? { file: id, bytes: entry.bytes, edits } : { file: id, edits }
			);
		}
		for (const update of changed)
			if (update.bytes !== undefined) this.#withBytes.delete(update.file);
		this.#edited.clear();
		this.#isOrderChanged = false;
		return changed;
	}

	#apply(report: QaReport, order: readonly FileId[]): void {
		const open = new Set(order);
		const own = new Map([...this.own].filter(([id]) => open.has(id)));
		const counts = new Map([...this.counts].filter(([id]) => open.has(id)));
		for (const file of report.files) {
			own.set(file.file, file.own);
			counts.set(file.file, file.counts);
		}
		this.own = own;
		this.counts = counts;
		this.consistency = new Map(report.consistency.map((entry) => [entry.file, entry.problems]));
		if (report.repetitions !== null)
			this.repetitions = {
				groupOf: new Map(report.repetitions.groupOf),
				sizes: report.repetitions.sizes
			};
	}
}

/** Checks on this thread: for tests and for a browser where no worker starts. */
function localReviewer(): FileReviewer {
	const session = new QaSession();
	return { review: (changed, order) => Promise.resolve(session.update(changed, order)) };
}
