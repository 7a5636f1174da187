/**
 * The QA of every open file, kept between runs (issue 10): the QA worker holds one session, the
 * main thread sends only the files that changed (their bytes once, their edits after each change),
 * and each file's own checks and word counts are re-run only when its translations changed. The
 * consistency checks compare the files of one locale, so they run again only over the locales
 * whose files changed (all of them over 88,000 segments took ~1.7 s on the loaded 2-core test
 * machine; one locale is a fraction). Pure: the same session runs on the main thread when no
 * worker starts.
 */
import {
	checkConsistency,
	checkSegments,
	countFileWords,
	createWordCounter,
	dismissalKey,
	groupRepetitions,
	parseSxsBytes,
	toQaFile,
	type FileId,
	type FileWordCount,
	type QaFile,
	type QaProblem,
	type Segment
} from '../core/index.ts';
import type { KeyedProblem, QaFileReport, QaFileUpdate, QaReport } from './qa-protocol.ts';
import type { RepetitionMap } from './qa-protocol.ts';

const NO_EDITS = new Map<string, string>();

interface HeldFile {
	readonly qa: QaFile;
	readonly translationType: string | null;
	own: readonly KeyedProblem[];
	counts: FileWordCount;
}

export class QaSession {
	readonly #files = new Map<FileId, HeldFile>();
	/** The loaded translations per file, so new edits are laid over them, not over old edits. */
	readonly #originals = new Map<FileId, readonly Segment[]>();
	/** Set when the open files or their sources changed: the repetitions are grouped again. */
	#isRepetitionsStale = false;
	/** Locales whose files changed since their consistency was last checked. */
	readonly #staleLocales = new Set<string>();
	/** The consistency problems by locale (lower case), kept until a file of that locale changes. */
	readonly #consistency = new Map<
		string,
		{ readonly file: FileId; readonly problems: readonly KeyedProblem[] }[]
	>();
	/** One word counter per locale: creating an `Intl.Segmenter` is not free. */
	readonly #counters = new Map<string, (text: string) => number>();

	/**
	 * Applies the changed files (new bytes, new edits) and the closed ones, in the open order
	 * `order`, and answers with the changed files' own problems and counts, and every file's
	 * consistency problems. `isPartial` says more files follow at once: their consistency is
	 * checked (and the repetitions grouped) with the last part.
	 */
	update(changed: readonly QaFileUpdate[], order: readonly FileId[], isPartial = false): QaReport {
		const open = new Set(order);
		// Files of one locale are compared with each other only: the other locales' results stay.
		const touched = this.#staleLocales;
		for (const update of changed) touched.add(this.#localeOf(update.file));
		for (const id of [...this.#originals.keys()]) {
			if (open.has(id)) continue;
			touched.add(this.#localeOf(id));
			this.#files.delete(id);
			this.#originals.delete(id);
			this.#isRepetitionsStale = true;
		}
		const files: QaFileReport[] = [];
		for (const update of changed) {
			const held = this.#apply(update);
			if (held === null) continue;
			files.push({ file: update.file, own: held.own, counts: held.counts });
		}
		for (const update of changed) touched.add(this.#localeOf(update.file));
		// A partial update (more files follow at once) leaves the comparison to the last one.
		if (!isPartial) {
			for (const locale of touched) this.#checkConsistencyOf(locale, order);
			touched.clear();
		}
		const consistency = [...this.#consistency.values()].flat();
		const repetitions = this.#isRepetitionsStale && !isPartial ? this.#repetitions(order) : null;
		if (!isPartial) this.#isRepetitionsStale = false;
		return { files, consistency, repetitions };
	}

	/** Re-runs the consistency checks over the open files of one locale. */
	#checkConsistencyOf(locale: string, order: readonly FileId[]): void {
		const files = order.flatMap((id) => {
			const held = this.#files.get(id);
			return held && this.#localeOf(id) === locale ? [held.qa] : [];
		});
		const found = [...checkConsistency(files)]
			.filter(([, problems]) => problems.length > 0)
			.map(([file, problems]) => ({
				file,
				problems: keyed(this.#files.get(file)?.qa.segments ?? [], problems)
			}));
		if (found.length === 0) this.#consistency.delete(locale);
		else this.#consistency.set(locale, found);
	}

	#localeOf(file: FileId): string {
		return (this.#files.get(file)?.qa.locale ?? '').toLowerCase();
	}

	#apply(update: QaFileUpdate): HeldFile | null {
		const before = this.#files.get(update.file);
		let base = before?.qa ?? null;
		let translationType = before?.translationType ?? null;
		if (update.bytes !== undefined) {
			const parsed = parseSxsBytes(update.bytes);
			if (!parsed.ok) {
				this.#files.delete(update.file);
				this.#originals.delete(update.file);
				return null;
			}
			base = toQaFile(update.file, parsed.document);
			translationType = parsed.document.frontMatter?.translationType ?? null;
			this.#originals.set(update.file, parsed.document.segments);
			this.#isRepetitionsStale = true;
		}
		if (base === null) return null;
		const originals = this.#originals.get(update.file) ?? base.segments;
		const edits = new Map(update.edits);
		const qa: QaFile = {
			file: update.file,
			locale: base.locale,
			segments:
				edits.size === 0
					? originals
					: originals.map((s) => ({
							id: s.id,
							source: s.source,
							translation: edits.get(s.id) ?? s.translation
						}))
		};
		const held: HeldFile = {
			qa,
			translationType,
			own: keyed(qa.segments, checkSegments(qa.segments, { locale: qa.locale })),
			counts: countFileWords(qa.segments, qa.locale, translationType, {
				source: this.#counter('en'),
				target: this.#counter(qa.locale ?? '')
			})
		};
		this.#files.set(update.file, held);
		return held;
	}

	/**
	 * Every open file's segments by repetition group (core groupRepetitions), -1 for none. Files
	 * of different locales never share a group: a German translation is no fill for a Chinese one.
	 */
	#repetitions(order: readonly FileId[]): RepetitionMap {
		const byLocale = new Map<
			string,
			{ file: FileId; segments: readonly Segment[]; edits: typeof NO_EDITS }[]
		>();
		const groupOf = new Map<FileId, Int32Array>();
		for (const file of order) {
			const segments = this.#originals.get(file);
			if (!segments) continue;
			const locale = (this.#files.get(file)?.qa.locale ?? '').toLowerCase();
			const bucket = byLocale.get(locale) ?? [];
			bucket.push({ file, segments, edits: NO_EDITS });
			byLocale.set(locale, bucket);
			groupOf.set(file, new Int32Array(segments.length).fill(-1));
		}
		const sizes: number[] = [];
		for (const files of byLocale.values()) {
			for (const group of groupRepetitions(files)) {
				const id = sizes.length;
				sizes.push(group.members.length);
				for (const member of group.members) {
					const of = groupOf.get(member.file);
					if (of) of[member.segmentIndex] = id;
				}
			}
		}
		return { groupOf: [...groupOf], sizes: Int32Array.from(sizes) };
	}

	#counter(locale: string): (text: string) => number {
		let counter = this.#counters.get(locale);
		if (!counter) {
			counter = createWordCounter(locale === '' ? null : locale);
			this.#counters.set(locale, counter);
		}
		return counter;
	}
}

/** Each problem with its dismissal key, from the texts of the segments it was found in. */
function keyed(segments: QaFile['segments'], problems: readonly QaProblem[]): KeyedProblem[] {
	return problems.map((problem) => {
		const segment = segments[problem.segmentIndex];
		return {
			...problem,
			key: dismissalKey(problem, segment?.source ?? '', segment?.translation ?? '')
		};
	});
}
