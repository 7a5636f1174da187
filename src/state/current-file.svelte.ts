/**
 * The file on screen: its parsed document (re-parsed here from the kept bytes; the worker only
 * sent counts), the rows the diff pane shows, the cursor, and the segment use cases: edit,
 * revert, check. A refused edit never becomes an edit: the pane keeps it as typed and it is
 * stored as the segment's draft (issue 13.6), shown with its reason until it is valid again.
 */
import { alignedTexts, checkEdit, START_CURSOR } from '../core/index.ts';
import type {
	CompareTarget,
	Cursor,
	FileId,
	MarkdownContext,
	SegmentState
} from '../core/index.ts';
import type { SegmentRow, SxsDocument } from '../core/index.ts';
import { compareOptionsFor, type CompareOption } from './compare-options.ts';
import {
	documentInTasks,
	documentOf,
	parsedDocument,
	PARSE_IN_TASKS_BYTES
} from './document-cache.ts';
import type { Notices } from './notices.svelte.ts';
import type { Workspace } from './workspace.svelte.ts';

export interface SegmentStatus {
	readonly id: string;
	readonly context: MarkdownContext;
	/** 1-based position and segment count, shown as `k / n`. */
	readonly position: number;
	readonly count: number;
	readonly isEdited: boolean;
	/** The segment holds a draft: typed text the core refuses, not exported (issue 13.6). */
	readonly isDraft: boolean;
	/** untouched, edited or confirmed (the translator's mark that the segment is done). */
	readonly state: SegmentState;
}

export class CurrentFile {
	cursor = $state<Cursor>(START_CURSOR);

	/** Bumped when a big file's document, parsed in tasks, is ready. */
	#parsedInTasks = $state(0);

	/**
	 * The file's parsed document. A big file's is null for the few tasks its parse takes
	 * (document-cache.ts); `isReading` says so, and the pane waits for it.
	 */
	readonly document: SxsDocument | null = $derived.by(() => {
		const entry = this.workspace.current;
		if (entry === null || !entry.summary.ok) return null;
		if (entry.bytes.length < PARSE_IN_TASKS_BYTES) return documentOf(entry.bytes);
		void this.#parsedInTasks;
		const parsed = parsedDocument(entry.bytes);
		if (parsed !== undefined) return parsed;
		void documentInTasks(entry.bytes).then(() => this.#parsedInTasks++);
		return null;
	});

	/** A big file is being parsed for the pane (its document is not there yet). */
	readonly isReading: boolean = $derived.by(() => {
		const entry = this.workspace.current;
		return entry !== null && entry.summary.ok && this.document === null;
	});

	/** The choices of Compare with for the file on screen. */
	readonly compareOptions: readonly CompareOption[] = $derived.by(() =>
		compareOptionsFor(this.workspace.current, this.workspace.files)
	);

	/** What the left side shows: the stored choice, or Source when that file is not open. */
	readonly compare: CompareTarget = $derived.by(() => {
		const chosen = this.workspace.compare;
		return this.compareOptions.some((option) => option.value === chosen) ? chosen : 'source';
	});

	readonly compareKind: CompareOption['kind'] = $derived.by(
		() => this.compareOptions.find((option) => option.value === this.compare)?.kind ?? 'source'
	);

	/**
	 * With another open file on the left: per row, the text aligned with that segment in it (with
	 * that file's edits), `''` where none is aligned. Null for Source and Original translation.
	 */
	readonly comparedTexts: readonly string[] | null = $derived.by(() => {
		const document = this.document;
		const compare = this.compare;
		if (document === null || !compare.startsWith('file:')) return null;
		const other = this.workspace.files.find((file) => `file:${file.id}` === compare);
		const otherDocument = other === undefined ? null : documentOf(other.bytes);
		if (other === undefined || otherDocument === null) return null;
		const edits = this.workspace.editsOf(other.id);
		const edited = {
			...otherDocument,
			segments: otherDocument.segments.map((segment) => ({
				...segment,
				translation: edits.get(segment.id) ?? segment.translation
			}))
		};
		return alignedTexts(document, edited);
	});

	readonly rows: readonly SegmentRow[] = $derived.by(() => {
		const document = this.document;
		const id = this.workspace.currentId;
		if (document === null || id === null) return [];
		const edits = this.workspace.editsOf(id);
		return document.segments.map((segment) => ({
			id: segment.id,
			source: segment.source,
			original: segment.translation,
			current: edits.get(segment.id) ?? segment.translation
		}));
	});

	/** Per row, the segment's draft (what was typed though refused), or null. */
	readonly drafts: readonly (string | null)[] = $derived.by(() => {
		const id = this.workspace.currentId;
		const drafts = id === null ? null : this.workspace.draftsOf(id);
		return this.rows.map((row) => drafts?.get(row.id) ?? null);
	});

	/** Per row, why its draft is refused (the marker's message), or null for a row with none. */
	readonly draftReasons: readonly (string | null)[] = $derived.by(() => {
		const segments = this.document?.segments ?? [];
		return this.drafts.map((draft, index) => {
			const segment = segments[index];
			if (draft === null || segment === undefined) return null;
			return checkEdit(segment, draft) ?? 'Not saved as an edit yet.';
		});
	});

	/** The rows as the Translation editor shows them: a draft in place of its last valid text. */
	readonly editorRows: readonly SegmentRow[] = $derived.by(() => {
		const drafts = this.drafts;
		if (drafts.every((draft) => draft === null)) return this.rows;
		return this.rows.map((row, index) => {
			const draft = drafts[index] ?? null;
			return draft === null ? row : { ...row, current: draft };
		});
	});

	readonly status: SegmentStatus | null = $derived.by(() => {
		const segment = this.document?.segments[this.cursor.index];
		const row = this.rows[this.cursor.index];
		if (segment === undefined || row === undefined) return null;
		return {
			id: segment.id,
			context: segment.context,
			position: this.cursor.index + 1,
			count: this.rows.length,
			isEdited: row.current !== row.original,
			isDraft: (this.drafts[this.cursor.index] ?? null) !== null,
			state: this.states[this.cursor.index] ?? 'untouched'
		};
	});

	/** Each row's workflow state, in row order (the gutter marks and the status line). */
	readonly states: readonly SegmentState[] = $derived.by(() => {
		const id = this.workspace.currentId;
		if (id === null) return [];
		const confirmed = this.workspace.confirmedOf(id);
		return this.rows.map((row) =>
			confirmed.has(row.id) ? 'confirmed' : row.current !== row.original ? 'edited' : 'untouched'
		);
	});

	readonly editedCount = $derived.by(() => {
		const id = this.workspace.currentId;
		return id === null ? 0 : this.workspace.editsOf(id).size;
	});

	constructor(
		private readonly workspace: Workspace,
		private readonly notices: Notices
	) {}

	/** Shows a file and puts the cursor where it was left. */
	select(fileId: FileId): void {
		this.workspace.select(fileId, 'user');
		this.cursor = this.workspace.cursorOf(fileId);
	}

	/**
	 * Why `text` may not become segment `index`'s translation, or null. Silent: typing keeps a
	 * refused text as a draft, whose marker and message say why (one per segment, not per key).
	 */
	check(index: number, text: string): string | null {
		const segment = this.document?.segments[index];
		if (segment === undefined) return 'There is no such segment.';
		return checkEdit(segment, text);
	}

	/**
	 * Keeps a refused text as the segment's draft: saved like an edit, never exported (the last
	 * valid translation is), until the translator makes it valid or reverts the segment.
	 */
	keepDraft(index: number, text: string): void {
		const segment = this.document?.segments[index];
		const fileId = this.workspace.currentId;
		if (segment === undefined || fileId === null) return;
		if (checkEdit(segment, text) === null) this.edit(index, text);
		else this.workspace.setDraft(fileId, segment.id, text, 'user');
	}

	/** Stores a new translation; going back to the original text removes the edit. */
	edit(index: number, text: string): void {
		const segment = this.document?.segments[index];
		const fileId = this.workspace.currentId;
		if (segment === undefined || fileId === null) return;
		if (checkEdit(segment, text) !== null) return; // kept as a draft by keepDraft, never an edit
		this.workspace.setDraft(fileId, segment.id, null, 'user');
		this.workspace.setEdit(fileId, segment.id, text === segment.translation ? null : text, 'user');
		// A confirmed segment that is edited again is edited, not done.
		this.workspace.setConfirmed(fileId, [segment.id], false, 'user');
	}

	/** The Compare with option after the current one (Alt+C), wrapping around. */
	nextCompare(): CompareTarget {
		const options = this.compareOptions;
		const index = options.findIndex((option) => option.value === this.compare);
		return options[(index + 1) % options.length]?.value ?? 'source';
	}

	/** Copies the compared file's aligned text into a segment (another locale's translation). */
	copyCompared(index: number): void {
		const text = this.comparedTexts?.[index];
		if (text === undefined || text === '') {
			this.notices.push(
				'info',
				'Nothing to copy: no segment of the compared file is aligned here.'
			);
			return;
		}
		const reason = this.check(index, text);
		if (reason === null) this.edit(index, text);
		else this.notices.push('warning', `Not copied: ${reason}`);
	}

	/** Puts a segment's original translation back. */
	revert(index: number): void {
		const segment = this.document?.segments[index];
		const fileId = this.workspace.currentId;
		if (segment === undefined || fileId === null) return;
		this.workspace.setDraft(fileId, segment.id, null, 'user');
		this.workspace.setEdit(fileId, segment.id, null, 'user');
		this.workspace.setConfirmed(fileId, [segment.id], false, 'user');
	}

	/** Marks a segment as done (Ctrl+Enter), as the translator's own change. */
	confirm(index: number): void {
		const segment = this.document?.segments[index];
		const fileId = this.workspace.currentId;
		if (segment === undefined || fileId === null) return;
		this.workspace.setConfirmed(fileId, [segment.id], true, 'user');
	}

	/** The first unconfirmed row after `index` in this file, or null. */
	nextUnconfirmed(index: number): number | null {
		const next = this.states.findIndex((state, row) => row > index && state !== 'confirmed');
		return next < 0 ? null : next;
	}

	moveCursor(cursor: Cursor): void {
		this.cursor = cursor;
		const fileId = this.workspace.currentId;
		if (fileId !== null) this.workspace.moveCursor(fileId, cursor, 'user');
	}

	/** Finds a segment by 1-based position or by id; returns its 0-based index or null. */
	findSegment(query: string): number | null {
		const trimmed = query.trim();
		if (/^\d+$/.test(trimmed)) {
			const position = Number(trimmed);
			return position >= 1 && position <= this.rows.length ? position - 1 : null;
		}
		const index = this.rows.findIndex((row) => row.id.toLowerCase() === trimmed.toLowerCase());
		return index >= 0 ? index : null;
	}
}
