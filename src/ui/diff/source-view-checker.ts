/**
 * The Source view's token check for the file on screen: runs the check (off the main thread,
 * through the workbench's `checkTokens`) on a short debounce after edits, turns problem
 * segments into diff hunks (diff-provider.ts) and paints the missing/extra tokens.
 */
import type { editor } from 'monaco-editor/editor';
import type { TokenCheck } from '../../core/index.ts';
import type { SegmentRow, TokenPair } from '../../core/index.ts';
import { setProblemRows } from './diff-provider.ts';
import { decodeLine } from './line-codec.ts';
import type { FileModels } from './models.ts';
import { buildSourceDecorations, describeRows } from './source-decorations.ts';
import { overviewMarkLimit } from './overview-marks.ts';
import { markSourceViewReady } from './timing.ts';

/** Token-check debounce after an edit, in ms: a check takes ~15 ms at 500 segments (notes). */
const TOKEN_CHECK_DELAY_MS = 150;

export type CheckTokens = (
	fileId: string,
	pairs: readonly TokenPair[]
) => Promise<readonly TokenCheck[] | null>;

export interface SourceViewContext {
	editor(): editor.IStandaloneDiffEditor | null;
	shown(): { readonly fileId: string; readonly models: FileModels } | null;
	rows(): readonly SegmentRow[];
	isSourceView(): boolean;
	checkTokens(): CheckTokens | undefined;
	/** The last check's problems in words, by row (empty when none are shown). */
	onreasons?(reasons: ReadonlyMap<number, string>): void;
}

export class SourceViewChecker {
	/** Rows (0-based) whose tokens differ from the source, as last checked. */
	problemRows: readonly number[] = [];
	#timer: ReturnType<typeof setTimeout> | undefined;
	#source: editor.IEditorDecorationsCollection | null = null;
	#translation: editor.IEditorDecorationsCollection | null = null;

	constructor(private readonly context: SourceViewContext) {}

	/** Checks again after `delay` ms; a newer call replaces a pending one. */
	schedule(delay = TOKEN_CHECK_DELAY_MS): void {
		clearTimeout(this.#timer);
		if (!this.context.isSourceView() || !this.context.checkTokens()) return;
		this.#timer = setTimeout(() => void this.#run(), delay);
	}

	/** Removes the painted problems (another file or the other compare side is shown). */
	clearDecorations(): void {
		this.#source?.clear();
		this.#translation?.clear();
		this.context.onreasons?.(new Map());
	}

	dispose(): void {
		clearTimeout(this.#timer);
	}

	async #run(): Promise<void> {
		const target = this.context.shown();
		const editorPair = this.context.editor();
		const checkTokens = this.context.checkTokens();
		if (!target || !editorPair || !checkTokens) return;
		const rows = this.context.rows();
		const pairs = rows.map((row, index) => ({
			source: row.source,
			translation: decodeLine(target.models.lines[index] ?? '')
		}));
		const checks = await checkTokens(target.fileId, pairs);
		if (!checks || this.context.shown() !== target || !this.context.isSourceView()) return;
		this.problemRows = checks.flatMap((check, index) => (check.problems.length > 0 ? [index] : []));
		setProblemRows(target.models.source, this.problemRows);
		const texts = pairs.map((pair, index) => ({ ...rows[index], current: pair.translation }));
		const rulerHeight = editorPair.getModifiedEditor().getLayoutInfo().height;
		const built = buildSourceDecorations(
			texts as SegmentRow[],
			checks,
			overviewMarkLimit(rulerHeight)
		);
		this.#source ??= editorPair.getOriginalEditor().createDecorationsCollection();
		this.#translation ??= editorPair.getModifiedEditor().createDecorationsCollection();
		this.#source.set(built.source);
		this.#translation.set(built.translation);
		this.context.onreasons?.(describeRows(checks));
		markSourceViewReady(built.overviewMarkCount);
	}
}
