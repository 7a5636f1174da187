/**
 * The open files as the review worker holds them, and the two indexes built on them: a match
 * index per target language (matches only come from files of the current file's language) and one
 * search index for the Concordance. A file opened or closed marks the indexes stale; they are
 * rebuilt on the next lookup, or earlier by `prepare` (the worker calls it when idle). An edit does
 * not rebuild the match index: it only patches that segment's translation, since the word bags
 * hold the sources, which never change. Pure: runs in the worker, or on the main thread when no
 * worker can start.
 */
import {
	buildMatchIndex,
	buildSearchIndex,
	findConcordance,
	findMatches,
	parseSxsBytes,
	toFileId,
	type Edits,
	type MatchIndex,
	type ReviewFile,
	type SearchIndex
} from '../core/index.ts';
import type {
	ConcordanceAnswer,
	MatchLookup,
	OpenFileMatch,
	ReviewChange,
	ReviewFileInput,
	ReviewLookup
} from './review-protocol.ts';

interface HeldFile {
	readonly path: string;
	readonly locale: string | null;
	readonly review: ReviewFile;
}

interface LocaleIndex {
	readonly index: MatchIndex;
	/** The index's own copy of the translations, patched in place by edits. */
	readonly translations: string[];
	/** Position in the index of each segment, by `fileId \0 segmentId`. */
	readonly positions: Map<string, number>;
}

export class ReviewStore {
	readonly #files = new Map<string, HeldFile>();
	#matchIndexes: Map<string, LocaleIndex> | null = null;
	#searchIndex: SearchIndex | null = null;
	#searchFiles: readonly HeldFile[] = [];

	apply(change: ReviewChange): void {
		switch (change.type) {
			case 'set-file':
				this.#setFile(change.file);
				return;
			case 'remove-files':
				for (const id of change.fileIds) this.#files.delete(id);
				this.#stale();
				return;
			case 'edit-segments':
				this.#editSegments(change.fileId, change.texts);
				return;
			case 'set-edits': {
				const held = this.#files.get(change.fileId);
				if (held === undefined) return;
				this.#files.set(change.fileId, withEdits(held, new Map(change.edits)));
				this.#stale();
				return;
			}
			case 'clear':
				this.#files.clear();
				this.#stale();
				return;
		}
	}

	lookUp(lookup: ReviewLookup): readonly OpenFileMatch[] | ConcordanceAnswer {
		return lookup.type === 'find-matches'
			? this.findMatches(lookup.query, lookup.limit)
			: this.concordance(lookup);
	}

	/** The best matches among the open files of the same target language, best first. */
	findMatches(query: MatchLookup, limit: number): readonly OpenFileMatch[] {
		const localeIndex = this.#matchIndexesNow().get(localeKey(query.targetLocale));
		if (localeIndex === undefined) return [];
		const held = this.#files.get(query.fileId);
		const segmentIndex =
			held?.review.segments.findIndex((segment) => segment.id === query.segmentId) ?? -1;
		const exclude =
			segmentIndex < 0
				? undefined
				: { file: toFileId(query.fileId), segmentIndex, segmentId: query.segmentId };
		return findMatches(localeIndex.index, query.source, { exclude, limit }).map((match) => ({
			path: this.#files.get(match.file)?.path ?? match.file,
			source: match.source,
			translation: match.translation,
			similarity: match.similarity,
			diff:
				match.diff?.map((change) => ({
					text: change.value,
					kind: change.added ? 'added' : change.removed ? 'removed' : 'same'
				})) ?? null
		}));
	}

	/** Every segment whose source or translation (or both) holds the term, by file and segment. */
	concordance(lookup: Extract<ReviewLookup, { type: 'concordance' }>): ConcordanceAnswer {
		const startedAt = performance.now();
		const index = this.#searchIndexNow();
		const result = findConcordance(index, lookup.query, undefined, lookup.fields);
		if (!result.ok) return result;
		const files = new Map(this.#searchFiles.map((held) => [held.review.file as string, held]));
		const hits = result.entries.slice(0, lookup.limit).map((entry) => {
			const held = files.get(entry.file);
			const segment = held?.review.segments[entry.segmentIndex];
			return {
				fileId: entry.file,
				path: held?.path ?? entry.file,
				segmentIndex: entry.segmentIndex,
				segmentId: entry.segmentId,
				source: segment?.source ?? '',
				translation:
					segment === undefined ? '' : (held?.review.edits.get(segment.id) ?? segment.translation),
				sourceRanges: entry.sourceRanges,
				translationRanges: entry.translationRanges
			};
		});
		return {
			ok: true,
			hits,
			segmentCount: result.entries.length,
			isTruncated: result.isTruncated,
			ms: performance.now() - startedAt
		};
	}

	/** Builds the stale indexes now, so the next lookup does not wait for them. */
	prepare(): void {
		this.#matchIndexesNow();
		this.#searchIndexNow();
	}

	get isPrepared(): boolean {
		return this.#matchIndexes !== null && this.#searchIndex !== null;
	}

	#setFile(input: ReviewFileInput): void {
		const parsed = parseSxsBytes(input.bytes);
		if (!parsed.ok) {
			this.#files.delete(input.fileId);
		} else {
			const review = {
				file: toFileId(input.fileId),
				segments: parsed.document.segments,
				edits: new Map(input.edits)
			};
			this.#files.set(input.fileId, { path: input.path, locale: input.locale, review });
		}
		this.#stale();
	}

	#editSegments(fileId: string, texts: ReadonlyMap<string, string | null>): void {
		const held = this.#files.get(fileId);
		if (held === undefined) return;
		const edits = new Map(held.review.edits);
		for (const [segmentId, text] of texts) {
			if (text === null) edits.delete(segmentId);
			else edits.set(segmentId, text);
		}
		const updated = withEdits(held, edits);
		this.#files.set(fileId, updated);
		this.#searchIndex = null;
		// The bags stay; only the changed translations of this file's segments are written.
		const localeIndex = this.#matchIndexes?.get(localeKey(held.locale));
		if (localeIndex === undefined) return;
		for (const segmentId of texts.keys()) {
			const position = localeIndex.positions.get(`${fileId}\u0000${segmentId}`);
			const segment =
				position === undefined
					? undefined
					: updated.review.segments.find((s) => s.id === segmentId);
			if (position !== undefined && segment !== undefined)
				localeIndex.translations[position] = edits.get(segmentId) ?? segment.translation;
		}
	}

	#stale(): void {
		this.#matchIndexes = null;
		this.#searchIndex = null;
	}

	#matchIndexesNow(): Map<string, LocaleIndex> {
		if (this.#matchIndexes !== null) return this.#matchIndexes;
		const byLocale = new Map<string, ReviewFile[]>();
		for (const held of this.#files.values()) {
			const key = localeKey(held.locale);
			byLocale.set(key, [...(byLocale.get(key) ?? []), held.review]);
		}
		const indexes = new Map<string, LocaleIndex>();
		for (const [key, files] of byLocale) {
			const built = buildMatchIndex(files);
			const translations = [...built.translations];
			const positions = new Map<string, number>();
			built.refs.forEach((ref, n) => positions.set(`${ref.file}\u0000${ref.segmentId}`, n));
			indexes.set(key, { index: { ...built, translations }, translations, positions });
		}
		this.#matchIndexes = indexes;
		return indexes;
	}

	#searchIndexNow(): SearchIndex {
		if (this.#searchIndex !== null) return this.#searchIndex;
		// By path in natural order, as the file list shows them.
		this.#searchFiles = [...this.#files.values()].sort((a, b) =>
			a.path.localeCompare(b.path, undefined, { numeric: true })
		);
		this.#searchIndex = buildSearchIndex(this.#searchFiles.map((held) => held.review));
		return this.#searchIndex;
	}
}

function withEdits(held: HeldFile, edits: Edits): HeldFile {
	return { ...held, review: { ...held.review, edits } };
}

/** Files of an unknown language match each other only. */
function localeKey(locale: string | null): string {
	return locale?.toLowerCase() ?? '';
}
