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
	type FieldIndex,
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
	/** Position in the search index of each segment, by `fileId \0 segmentId`. */
	#searchPositions = new Map<string, number>();
	/** The files in the search index's order (by path); null when a file opened or closed. */
	#searchFiles: readonly HeldFile[] | null = null;

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
		const files = new Map(
			(this.#searchFiles ?? []).map((held) => [held.review.file as string, held])
		);
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
		// A patched text is a rope of slices until a scan flattens it (~30 ms at 100,000
		// segments): flattened here, when idle, not in the translator's next search.
		FLATTEN.test(this.#searchIndexNow().translation.text);
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
		this.#patchSearchIndex(fileId, updated, texts);
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

	/**
	 * Writes a few edited translations into the laid-out translation text (a splice and a shift of
	 * the offsets after it: milliseconds at 100,000 segments, where a rebuild takes ~200 ms); many
	 * at once (a Replace all) drop the index for a rebuild.
	 */
	#patchSearchIndex(
		fileId: string,
		held: HeldFile,
		texts: ReadonlyMap<string, string | null>
	): void {
		const index = this.#searchIndex;
		if (index === null) return;
		if (texts.size > MAX_PATCHED_SEGMENTS) {
			this.#searchIndex = null;
			return;
		}
		let translation = index.translation;
		for (const segmentId of texts.keys()) {
			const n = this.#searchPositions.get(`${fileId}\u0000${segmentId}`);
			const segment = held.review.segments.find((candidate) => candidate.id === segmentId);
			if (n === undefined || segment === undefined) continue;
			const text = held.review.edits.get(segmentId) ?? segment.translation;
			translation = splicedField(translation, n, text);
		}
		this.#searchIndex = { ...index, translation };
		// The files' edits changed: the hits read their texts from the updated file.
		this.#searchFiles =
			this.#searchFiles?.map((file) => (file.review.file === fileId ? held : file)) ?? null;
	}

	#stale(): void {
		this.#matchIndexes = null;
		this.#searchIndex = null;
		this.#searchFiles = null;
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
		// By path in natural order, as the file list shows them; the held files carry their edits.
		const order = new Map(
			(this.#searchFiles ?? sortByPath([...this.#files.values()])).map((held, at) => [
				held.review.file as string,
				at
			])
		);
		const files = [...this.#files.values()].sort(
			(a, b) => (order.get(a.review.file) ?? 0) - (order.get(b.review.file) ?? 0)
		);
		const index = buildSearchIndex(files.map((held) => held.review));
		const positions = new Map<string, number>();
		index.segmentIds.forEach((segmentId, n) => {
			const file = index.files[index.fileIndexes[n] ?? 0];
			positions.set(`${file}\u0000${segmentId}`, n);
		});
		this.#searchFiles = files;
		this.#searchPositions = positions;
		this.#searchIndex = index;
		return index;
	}
}

/** Matches at once at the start: running it makes the engine flatten the string it reads. */
const FLATTEN = /^/;

/** Edits at once up to which the search index is patched rather than rebuilt. */
const MAX_PATCHED_SEGMENTS = 20;

/** Natural order (`ch2` before `ch10`); one collator, far faster than `localeCompare` per pair. */
const PATH_ORDER = new Intl.Collator(undefined, { numeric: true });

function sortByPath(files: HeldFile[]): HeldFile[] {
	return files.sort((a, b) => PATH_ORDER.compare(a.path, b.path));
}

/** The field with segment `n`'s text replaced, the offsets after it shifted. */
function splicedField(field: FieldIndex, n: number, text: string): FieldIndex {
	const start = field.starts[n] ?? 0;
	const oldLength = field.lengths[n] ?? 0;
	const shift = text.length - oldLength;
	const starts = field.starts.slice();
	for (let next = n + 1; next < starts.length; next++) starts[next] = (starts[next] ?? 0) + shift;
	const lengths = field.lengths.slice();
	lengths[n] = text.length;
	const joined = field.text.slice(0, start) + text + field.text.slice(start + oldLength);
	return { text: joined, starts, lengths };
}

function withEdits(held: HeldFile, edits: Edits): HeldFile {
	return { ...held, review: { ...held.review, edits } };
}

/** Files of an unknown language match each other only. */
function localeKey(locale: string | null): string {
	return locale?.toLowerCase() ?? '';
}
