/**
 * The file on screen: its parsed document (re-parsed here from the kept bytes; the worker only
 * sent counts), the rows the diff pane shows, the cursor, and the segment use cases: edit,
 * revert, check. A refused edit never reaches the workspace; the pane rolls it back and the
 * reason becomes a notice.
 */
import { checkEdit, parseSxsBytes, START_CURSOR } from '../core/index.ts';
import type { CompareTarget, Cursor, FileId, MarkdownContext } from '../core/index.ts';
import type { SegmentRow, SxsDocument } from '../core/index.ts';
import type { Notices } from './notices.svelte.ts';
import type { Workspace } from './workspace.svelte.ts';

export interface SegmentStatus {
	readonly id: string;
	readonly context: MarkdownContext;
	/** 1-based position and segment count, shown as `k / n`. */
	readonly position: number;
	readonly count: number;
	readonly isEdited: boolean;
}

export class CurrentFile {
	cursor = $state<Cursor>(START_CURSOR);

	readonly document: SxsDocument | null = $derived.by(() => {
		const entry = this.workspace.current;
		if (entry === null || !entry.summary.ok) return null;
		const parsed = parseSxsBytes(entry.bytes);
		return parsed.ok ? parsed.document : null;
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

	readonly status: SegmentStatus | null = $derived.by(() => {
		const segment = this.document?.segments[this.cursor.index];
		const row = this.rows[this.cursor.index];
		if (segment === undefined || row === undefined) return null;
		return {
			id: segment.id,
			context: segment.context,
			position: this.cursor.index + 1,
			count: this.rows.length,
			isEdited: row.current !== row.original
		};
	});

	readonly editedCount = $derived.by(() => {
		const id = this.workspace.currentId;
		return id === null ? 0 : this.workspace.editsOf(id).size;
	});

	constructor(
		private readonly workspace: Workspace,
		private readonly notices: Notices
	) {}

	/** What the left side shows; the workspace owns (and saves) the choice. */
	get compare(): CompareTarget {
		return this.workspace.compare;
	}

	/** Shows a file and puts the cursor where it was left. */
	select(fileId: FileId): void {
		this.workspace.select(fileId, 'user');
		this.cursor = this.workspace.cursorOf(fileId);
	}

	/** Why `text` may not become segment `index`'s translation, or null. A refusal is announced. */
	check(index: number, text: string): string | null {
		const segment = this.document?.segments[index];
		if (segment === undefined) return 'There is no such segment.';
		const reason = checkEdit(segment, text);
		if (reason !== null) this.notices.push('warning', `Edit undone: ${reason}`);
		return reason;
	}

	/** Stores a new translation; going back to the original text removes the edit. */
	edit(index: number, text: string): void {
		const segment = this.document?.segments[index];
		const fileId = this.workspace.currentId;
		if (segment === undefined || fileId === null) return;
		if (checkEdit(segment, text) !== null) return; // the pane already rolled it back
		this.workspace.setEdit(fileId, segment.id, text === segment.translation ? null : text, 'user');
	}

	/** Puts a segment's original translation back. */
	revert(index: number): void {
		const segment = this.document?.segments[index];
		const fileId = this.workspace.currentId;
		if (segment === undefined || fileId === null) return;
		this.workspace.setEdit(fileId, segment.id, null, 'user');
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
