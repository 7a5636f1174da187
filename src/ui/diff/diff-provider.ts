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
 * before the first editor (models.ts creates them lazily). Same-language pairs (the Original
 * translation, another version, a colleague's copy) are registered for word-level changes
 * (issue 9: jsdiff's word diff, computed in state/word-changes.ts), so a changed word is marked
 * whole rather than letter by letter. Pairs not registered go to Monaco's own worker-based
 * provider.
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
import { lineWordChanges, type LineWordChanges } from '../../state/index.ts';

/** Problem rows (0-based) per source-side model URI; absent pairs use the stock diff. */
const problemRowsByModel = new Map<string, readonly number[]>();
const registryChanged = new monaco.Emitter<void>();
/** Counts computeDiff answers given from `problemRowsByModel`: tests pin the override with it. */
let customDiffCount = 0;

/** Makes the pair whose original is `model` a Source view pair with these problem rows. */
export function setProblemRows(model: editor.ITextModel, rows: readonly number[]): void {
	problemRowsByModel.set(model.uri.toString(), rows);
	wordDiffModels.delete(model.uri.toString());
	registryChanged.fire();
}

/** Source-side models of same-language pairs, diffed word by word. */
const wordDiffModels = new Set<string>();

/** Makes the pair whose original is `model` a same-language pair with word-level changes. */
export function setWordDiff(model: editor.ITextModel): void {
	const uri = model.uri.toString();
	problemRowsByModel.delete(uri);
	if (wordDiffModels.has(uri)) return;
	wordDiffModels.add(uri);
	registryChanged.fire();
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
		const uri = original.uri.toString();
		if (wordDiffModels.has(uri)) return wordDiff(original, modified);
		const rows = problemRowsByModel.get(uri);
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

/** Same-language pairs: the word changes of each differing line, one hunk per run of lines. */
async function wordDiff(original: editor.ITextModel, modified: editor.ITextModel) {
	const changes = await lineWordChanges(original.getLinesContent(), modified.getLinesContent());
	// The models may have changed or closed meanwhile; Monaco then asks again (or drops this).
	if (original.isDisposed() || modified.isDisposed()) return IDENTICAL;
	const hunks: DetailedLineRangeMapping[] = [];
	for (let index = 0; index < changes.length;) {
		const run: LineWordChanges[] = [];
		do run.push(changes[index++] as LineWordChanges);
		while (changes[index]?.line === (run.at(-1)?.line ?? 0) + 1);
		hunks.push(wordHunk(original, modified, run));
	}
	return { identical: hunks.length === 0, quitEarly: false, moves: [], changes: hunks };
}

/** One hunk over adjacent changed lines: their word ranges (a whole line when too different). */
function wordHunk(
	original: editor.ITextModel,
	modified: editor.ITextModel,
	run: readonly LineWordChanges[]
): DetailedLineRangeMapping {
	const first = run[0]?.line ?? 1;
	const last = run.at(-1)?.line ?? first;
	const inner: RangeMapping[] = [];
	for (const { line, words } of run) {
		const ranges = words ?? [
			{
				beforeStart: 1,
				beforeEnd: original.getLineMaxColumn(line),
				afterStart: 1,
				afterEnd: modified.getLineMaxColumn(line)
			}
		];
		// Monaco levels a row pair inside a hunk only where an inner change leaves text of the row
		// unchanged before or after it. A row changed whole gets an empty change at its start, which
		// levels it and draws nothing over the row's own mark (a change over the line break, as in
		// problemHunks, would paint the rest of the row above).
		const maxColumn = original.getLineMaxColumn(line);
		const isAnchored = ranges.some(
			(word) => (word.beforeStart > 1 && word.afterStart > 1) || word.beforeEnd < maxColumn
		);
		if (line > first && !isAnchored)
			inner.push(
				new RangeMapping(new monaco.Range(line, 1, line, 1), new monaco.Range(line, 1, line, 1))
			);
		for (const word of ranges)
			inner.push(
				new RangeMapping(
					new monaco.Range(line, word.beforeStart, line, word.beforeEnd),
					new monaco.Range(line, word.afterStart, line, word.afterEnd)
				)
			);
	}
	const range = new LineRange(first, last + 1);
	return new DetailedLineRangeMapping(range, range, inner);
}
