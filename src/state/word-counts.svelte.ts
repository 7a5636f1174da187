/* eslint-disable svelte/prefer-svelte-reactivity -- maps and sets built once per derivation
   and read whole, never mutated while rendered */
/**
 * Word counts (issue 10) for the Files list and the status bar: per file and overall, segments,
 * source and target words (the core's `Intl.Segmenter`-based counters, run in the QA worker with
 * the translations as edited), the confirmed share and the MT/HT split from `ms.translationtype`.
 */
import { sumWordCounts, type FileId, type WordCount } from '../core/index.ts';
import type { QaResults } from './qa-results.svelte.ts';
import type { Workspace } from './workspace.svelte.ts';

/** One file's counts as the Files list shows them. */
export interface FileWordLine {
	readonly segments: number;
	readonly sourceWords: number;
	readonly targetWords: number;
	/** Confirmed segments in percent, rounded down (100 only when all are). */
	readonly confirmedPercent: number;
	readonly translationType: 'MT' | 'HT' | null;
}

/** The workspace's counts for the status bar. */
export interface WordTotals extends WordCount {
	readonly confirmedPercent: number;
	readonly mt: WordCount;
	readonly ht: WordCount;
	/** Files counted so far (the worker may still be counting the rest). */
	readonly files: number;
}

export class WordCounts {
	readonly byFile: ReadonlyMap<FileId, FileWordLine> = $derived.by(() => {
		const lines = new Map<FileId, FileWordLine>();
		for (const [fileId, counts] of this.results.counts) {
			const confirmed = this.workspace.confirmedOf(fileId).size;
			lines.set(fileId, {
				segments: counts.segments,
				sourceWords: counts.sourceWords,
				targetWords: counts.targetWords,
				confirmedPercent: percentOf(confirmed, counts.segments),
				translationType: counts.translationType
			});
		}
		return lines;
	});

	readonly totals: WordTotals = $derived.by(() => {
		const sums = sumWordCounts([...this.results.counts.values()]);
		return {
			...sums.total,
			confirmedPercent: percentOf(this.workspace.confirmedCount, sums.total.segments),
			mt: sums.mt,
			ht: sums.ht,
			files: this.results.counts.size
		};
	});

	constructor(
		private readonly workspace: Workspace,
		private readonly results: QaResults
	) {}
}

function percentOf(part: number, whole: number): number {
	return whole === 0 ? 0 : Math.floor((part / whole) * 100);
}
