/* eslint-disable svelte/prefer-svelte-reactivity -- maps and sets built once per derivation
   and read whole, never mutated while rendered */
/**
 * Filter segments (issue 10): the segments of the file on screen or of all open files that meet
 * the translator's criteria (state, QA check, translation equals source, text, Markdown context).
 * The diff pane keeps line N = segment N, so the filter does not hide rows: it lists the hits,
 * and a hit (or Alt+PageDown / Alt+PageUp) goes to its segment in its file.
 */
import { CHECK_NAMES, compileSegmentFilter, isFilterActive } from '../core/index.ts';
import type {
	CheckName,
	FileId,
	FilterField,
	MarkdownContext,
	SegmentFilterCriteria,
	SegmentState
} from '../core/index.ts';
import { documentOf, parsedDocument } from './document-cache.ts';
import { nextTask } from '../io/index.ts';
import { sortFilesByPath } from './file-order.ts';
import type { FileEntry } from './file-entry.ts';
import type { QaResults } from './qa-results.svelte.ts';
import type { Workspace } from './workspace.svelte.ts';

/** The checks the filter offers, in the order the problems are listed. */
export const FILTER_CHECKS: readonly CheckName[] = CHECK_NAMES;

/** At most this many hits are listed (next / previous walk all of them). */
export const LISTED_FILTER_HITS = 500;

/**
 * Files not parsed yet are parsed at once up to this many bytes in all; past it (thousands of
 * files, or a big one) they are parsed in the background, a few per task, and the hits grow as
 * they come: the first All files filter over 3,000 files held the main thread ~0.9 s.
 */
const PARSE_AT_ONCE_BYTES = 2_000_000;
/** Parsing in the background yields after this long, in ms. */
const PARSE_SLICE_MS = 12;

/** One segment the filter lets through. */
export interface FilterHit {
	readonly fileId: FileId;
	readonly path: string;
	readonly segmentIndex: number;
	readonly segmentId: string;
	readonly state: SegmentState;
	readonly translation: string;
}

export class SegmentFilter {
	scope = $state<'file' | 'all'>('file');
	state = $state<SegmentState | null>(null);
	check = $state<CheckName | 'any' | null>(null);
	equalsSource = $state(false);
	text = $state('');
	field = $state<FilterField>('both');
	matchCase = $state(false);
	isRegex = $state(false);
	context = $state<MarkdownContext | null>(null);

	readonly criteria: SegmentFilterCriteria = $derived({
		state: this.state,
		check: this.check,
		equalsSource: this.equalsSource,
		text: this.text,
		field: this.field,
		matchCase: this.matchCase,
		isRegex: this.isRegex,
		context: this.context
	});

	readonly isActive = $derived(isFilterActive(this.criteria));

	readonly #predicate = $derived(compileSegmentFilter(this.criteria));

	/** Why the criteria cannot be used (an invalid regular expression), or null. */
	readonly error = $derived(this.#predicate.ok ? null : this.#predicate.error);

	/** Bumped as background parsing brings more files' documents. */
	#parsedCount = $state(0);
	#isParsing = false;

	/** The files in scope, in path order. */
	readonly #files = $derived.by(() =>
		this.scope === 'all'
			? sortFilesByPath(this.workspace.files)
			: this.workspace.files.filter((file) => file.id === this.workspace.currentId)
	);

	/** Files in scope still being read for the filter (their hits are not listed yet). */
	readonly unreadCount: number = $derived.by(() => {
		// After the hits: they parse a small workspace at once.
		void this.hits;
		if (!this.isActive) return 0;
		return this.#unreadFiles().length;
	});

	/** Every hit, in file (path) order, then segment order. Empty while no criterion is set. */
	readonly hits: readonly FilterHit[] = $derived.by(() => {
		const predicate = this.#predicate;
		if (!predicate.ok || !this.isActive) return [];
		void this.#parsedCount; // the background parse brought more documents
		const files = this.#files;
		const unreadBytes = this.#unreadFiles().reduce((sum, file) => sum + file.bytes.length, 0);
		const isAtOnce = unreadBytes <= PARSE_AT_ONCE_BYTES;
		if (!isAtOnce) void this.#parseInBackground();
		const hits: FilterHit[] = [];
		for (const file of files) {
			if (!file.summary.ok) continue;
			const document = isAtOnce ? documentOf(file.bytes) : parsedDocument(file.bytes);
			if (document === null || document === undefined) continue;
			const edits = this.workspace.editsOf(file.id);
			const confirmed = this.workspace.confirmedOf(file.id);
			const checks = this.#checksOf(file.id);
			document.segments.forEach((segment, segmentIndex) => {
				const translation = edits.get(segment.id) ?? segment.translation;
				const state: SegmentState = confirmed.has(segment.id)
					? 'confirmed'
					: translation !== segment.translation
						? 'edited'
						: 'untouched';
				const found = predicate.test({
					source: segment.source,
					translation,
					state,
					context: segment.context,
					checks: checks.get(segmentIndex) ?? NO_CHECKS
				});
				if (found)
					hits.push({
						fileId: file.id,
						path: file.path,
						segmentIndex,
						segmentId: segment.id,
						state,
						translation
					});
			});
		}
		return hits;
	});

	constructor(
		private readonly workspace: Workspace,
		private readonly results: QaResults
	) {}

	/** Sets every criterion back to none. */
	clear(): void {
		this.state = null;
		this.check = null;
		this.equalsSource = false;
		this.text = '';
		this.context = null;
	}

	/**
	 * Alt+PageDown / Alt+PageUp: the hit after (+1) or before (-1) segment `index` of file
	 * `fileId` in the list's order, wrapping; null when there is none.
	 */
	nextHit(fileId: FileId | null, index: number, direction: 1 | -1): FilterHit | null {
		const hits = this.hits;
		if (hits.length === 0) return null;
		const order = sortFilesByPath(this.workspace.files).map((file) => file.id);
		const fileRank = new Map(order.map((id, at) => [id, at]));
		const here = fileId === null ? -1 : (fileRank.get(fileId) ?? -1);
		const compare = (hit: FilterHit): number =>
			(fileRank.get(hit.fileId) ?? 0) - here || hit.segmentIndex - index;
		if (direction === 1) return hits.find((hit) => compare(hit) > 0) ?? hits[0] ?? null;
		return [...hits].reverse().find((hit) => compare(hit) < 0) ?? hits.at(-1) ?? null;
	}

	/**
	 * Parses the files in scope that are not parsed yet, a slice of PARSE_SLICE_MS per task, and
	 * bumps #parsedCount after each slice so the hits grow. One run at a time; it ends when every
	 * file in scope is parsed or the filter is off.
	 */
	async #parseInBackground(): Promise<void> {
		if (this.#isParsing) return;
		this.#isParsing = true;
		try {
			for (;;) {
				await nextTask();
				if (!this.isActive) return;
				const unread = this.#unreadFiles();
				if (unread.length === 0) return;
				const sliceEnd = performance.now() + PARSE_SLICE_MS;
				for (const file of unread) {
					documentOf(file.bytes);
					if (performance.now() >= sliceEnd) break;
				}
				this.#parsedCount++;
			}
		} finally {
			this.#isParsing = false;
		}
	}

	/** Files in scope not parsed yet (read as it is called: a parse changes no state). */
	#unreadFiles(): FileEntry[] {
		return this.#files.filter(
			(file) => file.summary.ok && parsedDocument(file.bytes) === undefined
		);
	}

	/** The checks of each segment's problems not dismissed, by segment index. */
	#checksOf(fileId: FileId): ReadonlyMap<number, ReadonlySet<CheckName>> {
		const dismissed = this.workspace.dismissedOf(fileId);
		const bySegment = new Map<number, Set<CheckName>>();
		for (const problem of this.results.problemsOf(fileId)) {
			if (dismissed.has(problem.key)) continue;
			const set = bySegment.get(problem.segmentIndex) ?? new Set<CheckName>();
			set.add(problem.check);
			bySegment.set(problem.segmentIndex, set);
		}
		return bySegment;
	}
}

const NO_CHECKS: ReadonlySet<CheckName> = new Set();
