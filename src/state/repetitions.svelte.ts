/* eslint-disable svelte/prefer-svelte-reactivity -- maps built once per fill and handed on whole */
/**
 * Repetitions (issue 10): segments of the open files with the same source (grouped by the core's
 * groupRepetitions in the QA worker). The status bar shows the current segment's group size;
 * confirming a segment with unconfirmed repetitions that read otherwise offers (non-modal) to
 * give them its translation, and Fill repetitions does it as ONE bulk undo step, so Ctrl+Z
 * outside the editor takes the whole fill back.
 */
import { fillTranslations, type FileId, type SegmentRef } from '../core/index.ts';
import type { BulkUndo } from './bulk-undo.svelte.ts';
import { documentOf } from './document-cache.ts';
import type { Notices } from './notices.svelte.ts';
import type { QaResults } from './qa-results.svelte.ts';
import type { Workspace } from './workspace.svelte.ts';

/** The offer after a confirmation: give this translation to these other segments. */
export interface RepetitionOffer {
	readonly fileId: FileId;
	readonly segmentId: string;
	readonly translation: string;
	/** The unconfirmed repetitions whose translation differs. */
	readonly targets: readonly SegmentRef[];
}

export class Repetitions {
	offer = $state.raw<RepetitionOffer | null>(null);

	constructor(
		private readonly workspace: Workspace,
		private readonly results: QaResults,
		private readonly bulk: BulkUndo,
		private readonly notices: Notices
	) {
		// The offer gives the text the segment had when confirmed: once that changes, it is stale.
		workspace.listen((change) => {
			const offer = this.offer;
			if (offer === null) return;
			const isSameFile = 'fileId' in change && change.fileId === offer.fileId;
			const isStale =
				change.kind === 'cleared' ||
				change.kind === 'files-removed' ||
				(isSameFile && change.kind === 'segments-edited' && change.texts.has(offer.segmentId)) ||
				(isSameFile && change.kind === 'segments-confirmed' && !change.isConfirmed);
			if (isStale) this.offer = null;
		});
	}

	/** How many segments of the open files share this segment's source (0: it has no repetition). */
	countAt(fileId: FileId, segmentIndex: number): number {
		const { groupOf, sizes } = this.results.repetitions;
		const group = groupOf.get(fileId)?.[segmentIndex] ?? -1;
		return group < 0 ? 0 : (sizes[group] ?? 0);
	}

	/**
	 * After segment `segmentIndex` of `fileId` was confirmed: offers its translation to its
	 * unconfirmed repetitions that read otherwise, or withdraws the offer when there are none.
	 */
	offerAfterConfirm(fileId: FileId, segmentIndex: number): void {
		this.offer = null;
		const { groupOf } = this.results.repetitions;
		const group = groupOf.get(fileId)?.[segmentIndex] ?? -1;
		const entry = this.workspace.files.find((file) => file.id === fileId);
		const segment =
			entry === undefined ? undefined : documentOf(entry.bytes)?.segments[segmentIndex];
		if (group < 0 || segment === undefined) return;
		const translation = this.workspace.editsOf(fileId).get(segment.id) ?? segment.translation;
		const targets: SegmentRef[] = [];
		for (const [file, groups] of groupOf) {
			const open = this.workspace.files.find((candidate) => candidate.id === file);
			const document = open === undefined ? null : documentOf(open.bytes);
			if (document === null || !groups.includes(group)) continue;
			const confirmed = this.workspace.confirmedOf(file);
			const edits = this.workspace.editsOf(file);
			groups.forEach((id, index) => {
				const other = document.segments[index];
				if (id !== group || other === undefined) return;
				if (file === fileId && index === segmentIndex) return;
				if (confirmed.has(other.id)) return;
				if ((edits.get(other.id) ?? other.translation) === translation) return;
				targets.push({ file, segmentIndex: index, segmentId: other.id });
			});
		}
		if (targets.length > 0) this.offer = { fileId, segmentId: segment.id, translation, targets };
	}

	/** Fill repetitions (Alt+P): the offer's translation into its targets, as one undo step. */
	fill(): void {
		const offer = this.offer;
		if (offer === null) {
			this.notices.push('info', 'No repetitions to fill: confirm a segment that has some.');
			return;
		}
		this.offer = null;
		const targetFiles = new Set(offer.targets.map((ref) => ref.file));
		const files = this.workspace.files.flatMap((entry) => {
			const document = targetFiles.has(entry.id) ? documentOf(entry.bytes) : null;
			if (document === null) return [];
			return [
				{ file: entry.id, segments: document.segments, edits: this.workspace.editsOf(entry.id) }
			];
		});
		const filled = fillTranslations(files, offer.targets, offer.translation);
		const texts = new Map<FileId, Map<string, string | null>>();
		for (const file of filled.files) {
			const originals = files.find((candidate) => candidate.file === file.file)?.segments ?? [];
			const fileTexts = new Map<string, string | null>();
			for (const change of file.replacements) {
				const original = originals[change.segmentIndex]?.translation;
				fileTexts.set(change.segmentId, change.after === original ? null : change.after);
			}
			texts.set(file.file, fileTexts);
		}
		const changed = this.bulk.apply('Filling repetitions', texts);
		const skipped =
			filled.skipped.length > 0
				? ` (${filled.skipped.length} skipped: the text would break them)`
				: '';
		this.notices.push(
			'info',
			`Filled ${changed} repetitions${skipped}. Ctrl+Z outside the editor undoes it.`
		);
	}

	/** Withdraws the offer without filling. */
	dismissOffer(): void {
		this.offer = null;
	}
}
