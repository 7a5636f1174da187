/**
 * Brings stored records written by an older locdiff up to SCHEMA_VERSION. A pure function,
 * records in → records out, called in one place: WorkspaceStore.load, between reading every
 * record and checking them (read-workspace.ts). The changed records are also returned, so the
 * store writes them back once writing is allowed and the next load needs no migration.
 *
 * A version it has no step for (newer, or nonsense) passes through untouched; read-workspace.ts
 * then refuses it with a message and the store never writes over it.
 */
import { isCompareTarget, type MergeInProgress } from '../core/index.ts';
import { DEFAULT_SETTINGS, META_KEY, SCHEMA_VERSION, SETTINGS_KEY } from './db.ts';
import type { MetaRecord, SettingsRecord } from './db.ts';
import { checkMeta } from './record-check.ts';

export interface StoredFile {
	readonly id: string;
	readonly path: string;
	readonly bytes: Uint8Array;
	/** Edited texts by segment id. */
	readonly edits: ReadonlyMap<string, string>;
	/** Segments the translator confirmed (stored beside the edits: segment-states.ts). */
	readonly confirmed: ReadonlySet<string>;
	/** Dismissal keys of QA problems the translator dismissed in this file. */
	readonly dismissed: ReadonlySet<string>;
	/** Drafts: translations kept as typed though the core refuses them (never exported). */
	readonly drafts: ReadonlyMap<string, string>;
	readonly cursor: { readonly index: number; readonly column: number };
}

export interface WorkspaceSnapshot {
	readonly files: readonly StoredFile[];
	readonly currentFileId: string | null;
	readonly settings: SettingsRecord;
	/** Merges waiting in the Merge summary when the page went away, in queue order. */
	readonly merges: readonly MergeInProgress[];
}

export interface Migrated {
	/** Every record, at SCHEMA_VERSION when a migration ran. */
	readonly records: [string, unknown][];
	/** The records a migration changed or added, to be written back. */
	readonly rewritten: [string, unknown][];
}

/** One step: the records at version n → the pairs to change for version n + 1. */
type Step = (records: ReadonlyMap<string, unknown>, meta: MetaRecord) => [string, unknown][];

const STEPS: Readonly<Record<number, Step>> = {
	// 1 → 2: settings get their own record; until then the compare mode was not stored.
	1: (records, meta) => {
		const pairs: [string, unknown][] = [[META_KEY, { ...meta, schemaVersion: 2 }]];
		if (!records.has(SETTINGS_KEY)) pairs.push([SETTINGS_KEY, DEFAULT_SETTINGS]);
		return pairs;
	}
};

export function migrateRecords(records: readonly [string, unknown][]): Migrated {
	const byKey = new Map(records);
	// No meta (nothing stored yet, or a crash before the first meta write) or a damaged one:
	// file and edits records have had one shape since schema 1, so there is nothing to migrate.
	const meta = checkMeta(byKey.get(META_KEY));
	if (!meta.ok) return { records: [...records], rewritten: [] };
	let version = meta.value.schemaVersion;
	const rewritten = new Map<string, unknown>();
	while (version < SCHEMA_VERSION) {
		const step = STEPS[version];
		if (step === undefined) return { records: [...records], rewritten: [] };
		const current = checkMeta(byKey.get(META_KEY));
		if (!current.ok) return { records: [...records], rewritten: [] };
		for (const [key, value] of step(byKey, current.value)) {
			byKey.set(key, value);
			rewritten.set(key, value);
		}
		version++;
	}
	return { records: [...byKey], rewritten: [...rewritten] };
}

/** The stored settings, or the defaults when absent or damaged (a view choice is not work). */
export function settingsOf(value: unknown): SettingsRecord {
	const compare = (value as Partial<SettingsRecord> | null | undefined)?.compare;
	return isCompareTarget(compare) ? { compare } : DEFAULT_SETTINGS;
}
