/**
 * Imported translation memories (issue 11): Import TMX, the Memories list, Remove, and the
 * memory side of the Matches list. Parsing and indexing run in the interchange worker; this
 * class keeps the list, stores through `MemoryStore` (their own database: memories are not
 * workspace edits, so they do not go through the workspace and persistence.ts), and indexes the
 * stored memories again at start-up.
 */
import { pickFile } from '../io/index.ts';
import type { MemoryInfo, MemoryStore } from '../storage/index.ts';
import type { InteropRunner } from '../worker/index.ts';
import type { MatchQuery, MatchSource, MatchView } from './match-source.ts';
import type { Notices } from './notices.svelte.ts';

export class Memories implements MatchSource {
	/** The stored memories, in import order. */
	list = $state.raw<readonly MemoryInfo[]>([]);
	/** The name of the TMX being imported, or null. */
	importing = $state<string | null>(null);
	/** Why the last import failed (shown in the Memories dialog), or null. */
	lastError = $state<string | null>(null);

	constructor(
		private readonly store: MemoryStore | null,
		private readonly interop: InteropRunner,
		private readonly notices: Notices,
		private readonly newId: () => string = () => crypto.randomUUID(),
		private readonly now: () => number = () => Date.now()
	) {}

	/** Reads the stored memories and indexes each in the worker (after the workspace restore). */
	async restore(): Promise<void> {
		if (this.store === null) return;
		let stored: MemoryInfo[];
		try {
			stored = await this.store.list();
		} catch (error: unknown) {
			this.notices.push('error', `The memories could not be read: ${messageOf(error)}`);
			return;
		}
		const loaded: MemoryInfo[] = [];
		for (const info of stored) {
			const packed = await this.store.entries(info.id);
			const answer =
				packed === null
					? null
					: await this.interop.run({ type: 'load-memory', memoryId: info.id, packed });
			if (answer?.type === 'done') loaded.push(info);
			else this.notices.push('error', `The memory ${info.name} could not be read; it is skipped.`);
		}
		this.list = loaded;
	}

	/** Import TMX: asks for the file, then imports it. */
	chooseTmx(): void {
		pickFile('.tmx,.xml', (file) => void this.importTmx(file));
	}

	/** Import TMX: parses the file in the worker, stores it and lists it. */
	async importTmx(file: {
		readonly name: string;
		arrayBuffer(): Promise<ArrayBuffer>;
	}): Promise<void> {
		this.importing = file.name;
		this.lastError = null;
		try {
			const tmx = new Uint8Array(await file.arrayBuffer());
			const memoryId = this.newId();
			const answer = await this.interop.run({ type: 'import-tmx', memoryId, tmx });
			if (answer.type !== 'imported-tmx') {
				const reason = 'message' in answer ? answer.message : 'unexpected answer';
				this.lastError = `${file.name} was not imported: ${reason}`;
				this.notices.push('error', this.lastError);
				return;
			}
			const info: MemoryInfo = {
				id: memoryId,
				name: file.name,
				importedAt: this.now(),
				...answer.summary
			};
			await this.store?.add(info, answer.packed);
			this.list = [...this.list, info];
			const skipped =
				answer.skipped > 0 ? ` (${answer.skipped} units without a translation skipped)` : '';
			this.notices.push(
				'info',
				`Memory ${file.name}: ${info.entryCount.toLocaleString('en-US')} entries imported${skipped}.`
			);
		} catch (error: unknown) {
			this.lastError = `${file.name} was not imported: ${messageOf(error)}`;
			this.notices.push('error', this.lastError);
		} finally {
			this.importing = null;
		}
	}

	/**
	 * Removes a memory from the store, then from the list and the worker. Stored first: a memory
	 * gone from the list was still stored until the worker answered, so a reload or a closed tab
	 * right after Remove brought it back. If the store fails, it stays listed and in use.
	 */
	async remove(id: string): Promise<void> {
		const info = this.list.find((memory) => memory.id === id);
		if (info === undefined) return;
		try {
			await this.store?.remove(id);
		} catch (error: unknown) {
			this.notices.push(
				'error',
				`The memory ${info.name} could not be removed: ${messageOf(error)}`
			);
			return;
		}
		this.list = this.list.filter((memory) => memory.id !== id);
		await this.interop.run({ type: 'drop-memory', memoryId: id });
	}

	/** Changes when a memory is imported or removed: the Matches list looks up again. */
	get revision(): unknown {
		return this.list;
	}

	/** The Matches list's memory side: the memories' entries in the file's target language. */
	async find(query: MatchQuery, limit: number): Promise<readonly MatchView[]> {
		if (query.targetLocale === null || this.list.length === 0) return [];
		const startedAt = performance.now();
		const answer = await this.interop.run({
			type: 'find-matches',
			source: query.source,
			locale: query.targetLocale,
			limit
		});
		// The whole round trip to the worker, for the 50 ms budget (issue 11) in the app's profile.
		performance.measure('locdiff:memory-lookup', { start: startedAt });
		if (answer.type !== 'matches') return [];
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a lookup for this answer only
		const names = new Map(this.list.map((memory) => [memory.id, memory.name]));
		return answer.matches.flatMap((match) => {
			const from = names.get(match.memoryId);
			if (from === undefined) return []; // removed while the lookup ran
			const { source, translation, similarity, diff } = match;
			return [{ origin: 'memory', from, source, translation, similarity, diff }];
		});
	}
}

function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
