/**
 * The Source view's diff: only segments with token problems are hunks (issue 4, "A measured
 * trap": Monaco's line diff between two languages takes seconds and says nothing useful).
 *
 * Monaco 0.57 has no public hook for this; the notes (shared/notes/monaco-0.57.md, "The Source
 * view") measured the internal `diffProviderFactoryService` override of `createDiffEditor`'s third
 * argument. Why a DiffEditor at all rather than two plain editors: only the DiffEditor keeps row N
 * level with row N when lines wrap (it pads each line pair), which one translator row beside one
 * source row needs. The override is global and read only when Monaco's services first start, so
 * `DIFF_SERVICE_OVERRIDES` is passed to every `createDiffEditor` and no model may be created
 * before the first editor (models.ts creates them lazily). Pairs not registered here (the
 * Original translation view) go to Monaco's own worker-based provider.
 */
import { monaco } from './monaco.ts';
import { SyncDescriptor } from 'monaco-editor/platform/instantiation/common/descriptors';
import {
	WorkerBasedDiffProviderFactoryService,
	type DocumentDiffProvider
} from 'monaco-editor/editor/browser/widget/diffEditor/diffProviderFactoryService';
import { LineRange } from 'monaco-editor/editor/common/core/ranges/lineRange';
import {
	DetailedLineRangeMapping,
	RangeMapping
} from 'monaco-editor/editor/common/diff/rangeMapping';
import type { editor } from 'monaco-editor/editor';

/** Problem rows (0-based) per source-side model URI; absent pairs use the stock diff. */
const problemRowsByModel = new Map<string, readonly number[]>();
const registryChanged = new monaco.Emitter<void>();
/** Counts computeDiff answers given from `problemRowsByModel`: tests pin the override with it. */
let customDiffCount = 0;

/** Makes the pair whose original is `model` a Source view pair with these problem rows. */
export function setProblemRows(model: editor.ITextModel, rows: readonly number[]): void {
	problemRowsByModel.set(model.uri.toString(), rows);
	registryChanged.fire();
}

export function forgetProblemRows(model: editor.ITextModel): void {
	problemRowsByModel.delete(model.uri.toString());
}

export function getCustomDiffCount(): number {
	return customDiffCount;
}

/** A diff result that says "nothing differs". */
const IDENTICAL = { identical: true, quitEarly: false, changes: [], moves: [] };

class RoutingDiffProvider implements DocumentDiffProvider {
	readonly #stock: DocumentDiffProvider & { dispose(): void };
	readonly #changed = new monaco.Emitter<void>();
	readonly #subscriptions: monaco.IDisposable[];
	readonly onDidChange = this.#changed.event;

	constructor(stock: DocumentDiffProvider & { dispose(): void }) {
		this.#stock = stock;
		this.#subscriptions = [
			stock.onDidChange(() => this.#changed.fire()),
			registryChanged.event(() => this.#changed.fire())
		];
	}

	computeDiff(
		original: editor.ITextModel,
		modified: editor.ITextModel,
		options: unknown,
		token: unknown
	): Promise<unknown> {
		// A re-run for a pair whose file was closed meanwhile: Monaco drops the answer anyway.
		if (original.isDisposed() || modified.isDisposed()) return Promise.resolve(IDENTICAL);
		const rows = problemRowsByModel.get(original.uri.toString());
		if (!rows) return this.#stock.computeDiff(original, modified, options, token);
		customDiffCount++;
		return Promise.resolve(problemHunks(original, modified, rows));
	}

	dispose(): void {
		for (const subscription of this.#subscriptions) subscription.dispose();
		this.#changed.dispose();
		this.#stock.dispose();
	}
}

class LocdiffDiffProviderFactory extends WorkerBasedDiffProviderFactoryService {
	// Inherits the stock constructor's injected instantiation service (Monaco's DI reads the
	// dependency list through the constructor's prototype chain).
	override createDiffProvider(options: unknown): RoutingDiffProvider {
		return new RoutingDiffProvider(super.createDiffProvider(options));
	}
}

/** The third argument of every `monaco.editor.createDiffEditor` call. */
export const DIFF_SERVICE_OVERRIDES = {
	diffProviderFactoryService: new SyncDescriptor(LocdiffDiffProviderFactory)
};

/**
 * One hunk per run of adjacent problem rows (Monaco wants changes apart). Inside a run, an inner
 * change over each line break makes Monaco align every row pair, not just the run's ends.
 */
function problemHunks(
	original: editor.ITextModel,
	modified: editor.ITextModel,
	rows: readonly number[]
) {
	const lineCount = Math.min(original.getLineCount(), modified.getLineCount());
	const lines = [...new Set(rows.map((row) => row + 1))]
		.filter((line) => line <= lineCount)
		.sort((a, b) => a - b);
	const changes: DetailedLineRangeMapping[] = [];
	for (let index = 0; index < lines.length;) {
		const first = lines[index] ?? 1;
		let last = first;
		while (lines[index + 1] === last + 1) last = lines[++index] ?? last;
		index++;
		const inner: RangeMapping[] = [];
		for (let line = first; line < last; line++) {
			inner.push(
				new RangeMapping(
					new monaco.Range(line, original.getLineMaxColumn(line), line + 1, 1),
					new monaco.Range(line, modified.getLineMaxColumn(line), line + 1, 1)
				)
			);
		}
		const range = new LineRange(first, last + 1);
		changes.push(new DetailedLineRangeMapping(range, range, inner));
	}
	return { identical: changes.length === 0, quitEarly: false, moves: [], changes };
}
