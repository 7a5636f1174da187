/**
 * The Matches list (issue 10): for the segment under the cursor, the most similar sources among
 * the open files (and, once wired, the imported memories: issue 11), best first, each with its
 * translation, similarity and source diff. Every `MatchSource` is asked and the answers merged, so
 * adding a memory is one more source in the list given to the constructor. Ctrl+1…3 insert a
 * match through the current file's edit, like typing: saved, and one undo step of the editor.
 */
import { checkEdit } from '../core/index.ts';
import type { CurrentFile } from './current-file.svelte.ts';
import type { MatchQuery, MatchSource, MatchView } from './match-source.ts';
import type { Notices } from './notices.svelte.ts';
import type { Workspace } from './workspace.svelte.ts';

/** How many matches the list shows; the first three have keys (Ctrl+1…3). */
export const LISTED_MATCHES = 5;

export interface MatchItem extends MatchView {
	/** Why the core refuses this translation for the current segment (markup), or null. */
	readonly refusal: string | null;
}

export class Matches {
	/** The matches of the segment `listedFor` names, best first. */
	list = $state.raw<readonly MatchItem[]>([]);
	/** The key of the segment `list` belongs to, or null before the first lookup. */
	listedFor = $state<string | null>(null);
	isLooking = $state(false);
	/** Why the last lookup failed, or null. */
	problem = $state<string | null>(null);
	#lookupCount = 0;

	/** The segment under the cursor, or null when there is none. */
	readonly query: MatchQuery | null = $derived.by(() => {
		const file = this.workspace.current;
		const row = this.current.rows[this.current.cursor.index];
		if (file === null || row === undefined || !file.summary.ok) return null;
		return {
			source: row.source,
			targetLocale: file.summary.locale,
			fileId: file.id,
			segmentId: row.id
		};
	});

	/** Changes exactly when the segment (or its source) does: what a lookup is for. */
	readonly queryKey: string | null = $derived(this.query === null ? null : keyOf(this.query));

	/**
	 * Every file's edits and every source's revision: a match's translation may have changed, or
	 * a memory come or gone (the list is looked up again).
	 */
	get otherEdits(): unknown {
		return [this.workspace.edits, ...this.sources.map((source) => source.revision)];
	}

	constructor(
		private readonly workspace: Workspace,
		private readonly current: CurrentFile,
		private readonly notices: Notices,
		private readonly sources: readonly MatchSource[]
	) {}

	/** Looks the current segment up in every source; an older lookup's answer is dropped. */
	async refresh(): Promise<void> {
		const query = this.query;
		const lookup = ++this.#lookupCount;
		if (query === null) {
			this.isLooking = false;
			this.list = [];
			this.listedFor = null;
			return;
		}
		this.isLooking = true;
		const answers = await Promise.allSettled(
			this.sources.map((source) => source.find(query, LISTED_MATCHES))
		);
		if (lookup !== this.#lookupCount) return;
		this.isLooking = false;
		const failed = answers.find((answer) => answer.status === 'rejected');
		this.problem = failed ? `Some matches could not be looked up: ${String(failed.reason)}` : null;
		const segment = this.current.document?.segments.find((s) => s.id === query.segmentId);
		this.list = answers
			.flatMap((answer) => (answer.status === 'fulfilled' ? answer.value : []))
			// Stable: between equals, the earlier source (the open files) stays first.
			.sort((a, b) => b.similarity - a.similarity)
			.slice(0, LISTED_MATCHES)
			.map((match) => ({
				...match,
				refusal: segment === undefined ? null : checkEdit(segment, match.translation)
			}));
		this.listedFor = keyOf(query);
	}

	/**
	 * Ctrl+1…3: replaces the current segment's translation with match `n`'s. Waits for the lookup
	 * of this segment when the list still shows another one's.
	 */
	async insert(n: number): Promise<void> {
		const query = this.query;
		if (query === null) return;
		const key = keyOf(query);
		if (this.listedFor !== key) await this.refresh();
		if (this.queryKey !== key) return; // the cursor moved on meanwhile
		const match = this.list[n - 1];
		if (match === undefined) {
			this.notices.push('info', `No match ${n} for this segment.`);
			return;
		}
		if (match.refusal !== null) {
			this.notices.push('warning', `Match ${n} was not inserted: ${match.refusal}`);
			return;
		}
		this.current.edit(this.current.cursor.index, match.translation);
	}
}

function keyOf(query: MatchQuery): string {
	return `${query.fileId}\u0000${query.segmentId}\u0000${query.source}`;
}
