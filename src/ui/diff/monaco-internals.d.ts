/**
 * Types for the two Monaco internals the Source view's diff provider needs (not in monaco.d.ts;
 * shared/notes/monaco-0.57.md, "The Source view"). Only what diff-provider.ts touches. Pinned to
 * monaco-editor 0.57: tests/e2e/diff-source-view.e2e.ts fails if the provider stops being used.
 */
declare module 'monaco-editor/platform/instantiation/common/descriptors' {
	export class SyncDescriptor<T> {
		constructor(ctor: new (...args: never[]) => T);
	}
}

declare module 'monaco-editor/editor/browser/widget/diffEditor/diffProviderFactoryService' {
	import type { editor, IDisposable, IEvent } from 'monaco-editor/editor';

	/** `{ original, modified }` line ranges: `[start, endExclusive)`, 1-based. */
	export interface DocumentDiffProvider {
		readonly onDidChange: IEvent<void>;
		computeDiff(
			original: editor.ITextModel,
			modified: editor.ITextModel,
			options: unknown,
			cancellationToken: unknown
		): Promise<unknown>;
		dispose?(): void;
	}

	export class WorkerBasedDiffProviderFactoryService {
		createDiffProvider(options: unknown): DocumentDiffProvider & IDisposable;
	}
}

declare module 'monaco-editor/editor/common/core/ranges/lineRange' {
	export class LineRange {
		constructor(startLineNumber: number, endLineNumberExclusive: number);
	}
}

declare module 'monaco-editor/editor/common/diff/rangeMapping' {
	import type { IRange } from 'monaco-editor/editor';
	import type { LineRange } from 'monaco-editor/editor/common/core/ranges/lineRange';

	export class RangeMapping {
		constructor(originalRange: IRange, modifiedRange: IRange);
	}
	export class DetailedLineRangeMapping {
		constructor(original: LineRange, modified: LineRange, innerChanges: RangeMapping[] | undefined);
	}
}
