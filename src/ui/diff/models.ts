/**
 * Owns the Monaco models of every file shown in this session: per file, the Source and the
 * Original translation (left side, read-only) and the Translation (right side, edited). Models
 * stay alive while the translator switches files, so undo/redo spans the whole session of a
 * file (issue 4); they are disposed when the pane unmounts. `lines` mirrors the Translation
 * model's lines as last accepted, which is what the line repair and echo suppression compare to.
 */
import { monaco } from './monaco.ts';
import type { editor } from 'monaco-editor/editor';
import type { SegmentRow } from '../../core/index.ts';
import { encodeLine } from './line-codec.ts';
import { setProblemRows } from './diff-provider.ts';

export interface FileModels {
	readonly source: editor.ITextModel;
	readonly original: editor.ITextModel;
	readonly translation: editor.ITextModel;
	/** The Translation model's lines as last accepted (encoded). */
	lines: string[];
	/** The editor's scroll and cursor state when the file was last left. */
	viewState: editor.IDiffEditorViewState | null;
	/** Left sides showing another open file, by compare target; created when first shown. */
	readonly compared: Map<string, editor.ITextModel>;
}

/** The sides of a file's models. */
export type Side = 'translation' | 'source' | 'original';

/** A file's model creation, step by step (FileModelStore.creationSteps). */
export interface CreationSteps {
	readonly steps: readonly (() => void)[];
	/** The models made so far, by side; each grows by its later steps. */
	readonly made: () => Readonly<Partial<Record<Side, editor.ITextModel>>>;
	/** Disposes the models made so far (a cancelled creation). */
	readonly abandon: () => void;
}

export class FileModelStore {
	readonly #files = new Map<string, FileModels>();
	#nextId = 1;
	#placeholder: editor.ITextModel | null = null;

	/** The models of `fileId`, created from `rows` on first use. */
	get(fileId: string, rows: readonly SegmentRow[]): FileModels {
		for (const step of this.creationSteps(fileId, rows).steps) step();
		const models = this.#files.get(fileId);
		if (!models) throw new Error(`no models for ${fileId}`); // the steps always add them
		return models;
	}

	/**
	 * The creation of `fileId`'s models cut into steps of CHUNK_ROWS lines of one model each, for
	 * big files: run in separate tasks, no step holds the main thread for long (a 20 MB side is
	 * copied into its piece tree ~3 MB at a time). The Translation comes first, then `leftFirst`,
	 * then the other left side: a caller may attach a model to the editor after its first step,
	 * and the later steps then grow it on screen (Monaco lays out only the lines they add, where
	 * attaching a whole 65,000-line model lays out all of them in one task). After the last step
	 * `get` returns them; `abandon` disposes what a cancelled creation made. No steps when the
	 * models exist.
	 */
	creationSteps(
		fileId: string,
		rows: readonly SegmentRow[],
		leftFirst: 'source' | 'original' = 'source'
	): CreationSteps {
		const existing = this.#files.get(fileId);
		if (existing) {
			const { source, original, translation } = existing;
			return { steps: [], made: () => ({ source, original, translation }), abandon: () => {} };
		}
		// Opaque URIs: file paths may hold any character, and the diff provider keys on these.
		const id = this.#nextId++;
		const lines: string[] = [];
		const sides: Partial<Record<Side, editor.ITextModel>> = {};
		const textOf: Record<Side, (row: SegmentRow) => string> = {
			translation: (row) => row.current,
			source: (row) => row.source,
			original: (row) => row.original
		};
		const order: readonly Side[] = [
			'translation',
			leftFirst,
			leftFirst === 'source' ? 'original' : 'source'
		];
		const steps: (() => void)[] = [];
		for (const side of order) {
			for (let start = 0; start === 0 || start < rows.length; start += CHUNK_ROWS) {
				steps.push(() => {
					const chunk = rows
						.slice(start, start + CHUNK_ROWS)
						.map((row) => encodeLine(textOf[side](row)));
					if (side === 'translation') lines.push(...chunk);
					const model = sides[side];
					if (model === undefined) sides[side] = createSideModel(side, id, chunk.join('\n'));
					else appendLines(model, chunk);
				});
			}
		}
		steps.push(() => {
			const { source, original, translation } = sides;
			if (!source || !original || !translation) throw new Error('model steps run out of order');
			this.#files.set(fileId, {
				source,
				original,
				translation,
				lines,
				viewState: null,
				compared: new Map()
			});
		});
		return {
			steps,
			made: () => sides,
			abandon: () => Object.values(sides).forEach((model) => model.dispose())
		};
	}

	/**
	 * The left-side model showing another open file's aligned texts (one line per row), created
	 * on first use and updated in place when those texts changed (that file was edited).
	 */
	compared(models: FileModels, target: string, texts: readonly string[]): editor.ITextModel {
		const text = joinLines(texts);
		const existing = models.compared.get(target);
		if (existing) {
			if (existing.getValue() !== text) existing.setValue(text);
			return existing;
		}
		const model = createProseModel(text, `locdiff://compared/${this.#nextId++}`);
		models.compared.set(target, model);
		return model;
	}

	/**
	 * An empty left side with no diff (a Source-view pair with no problem rows), shown while a big
	 * file's real left side is attached (SegmentDiffEditor's stageBigFile).
	 */
	placeholder(): editor.ITextModel {
		if (this.#placeholder === null || this.#placeholder.isDisposed()) {
			this.#placeholder = createProseModel('', `locdiff://placeholder/${this.#nextId++}`);
			setProblemRows(this.#placeholder, []);
		}
		return this.#placeholder;
	}

	/** The models of `fileId` if they exist, without creating them. */
	peek(fileId: string): FileModels | undefined {
		return this.#files.get(fileId);
	}

	/** Ids of the files that have models. */
	fileIds(): string[] {
		return [...this.#files.keys()];
	}

	/** Disposes the models of `fileId` (the file was closed). */
	close(fileId: string): void {
		const models = this.#files.get(fileId);
		if (!models) return;
		this.#files.delete(fileId);
		const all = [models.source, models.original, models.translation, ...models.compared.values()];
		for (const model of all) model.dispose();
	}

	/** Disposes every model. */
	dispose(): void {
		for (const fileId of [...this.#files.keys()]) this.close(fileId);
		this.#placeholder?.dispose();
	}
}

/** Lines per creation step: ~3 MB of prose, ~40 ms of piece-tree work on these machines. */
const CHUNK_ROWS = 10_000;

function createSideModel(side: Side, id: number, text: string): editor.ITextModel {
	return createProseModel(text, `locdiff://${side}/${id}`);
}

/** A plain-text model of rows, one per line. */
function createProseModel(text: string, uri: string): editor.ITextModel {
	const model = monaco.editor.createModel(text, 'plaintext', monaco.Uri.parse(uri));
	// One segment per line is the contract: force LF so a line is never split by CR.
	model.setEOL(monaco.editor.EndOfLineSequence.LF);
	// The editors draw no bracket colours (editor-options.ts), but the model still builds its
	// bracket tree for them on first paint unless told not to: ~150 ms on a 20 MB side.
	model.updateOptions({
		bracketColorizationOptions: { enabled: false, independentColorPoolPerBracketType: false }
	});
	return model;
}

/**
 * Appends lines to a model being created (no undo history to keep: applyEdits). The editor may
 * show it already, read-only until the file is shown (SegmentDiffEditor's stageBigFile).
 */
function appendLines(model: editor.ITextModel, lines: readonly string[]): void {
	const end = model.getFullModelRange().getEndPosition();
	const range = new monaco.Range(end.lineNumber, end.column, end.lineNumber, end.column);
	model.applyEdits([{ range, text: '\n' + lines.join('\n') }]);
}

function joinLines(texts: readonly string[]): string {
	return texts.map(encodeLine).join('\n');
}
