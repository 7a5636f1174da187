import type { InlineRun } from './inline-code.ts';

/** The characters behind one code id: a standalone code's, or a pair's start and end. */
export interface CodeEntry {
	readonly standalone?: string;
	readonly open?: string;
	readonly close?: string;
}

/**
 * Every code id of a segment (source and translation runs, as `codeSegment` numbers them) with
 * its original characters: what an importer uses to turn a returned target's code ids back into
 * text, and to refuse ids the unit never had.
 */
export function tabulateCodes(...sides: readonly (readonly InlineRun[])[]): Map<number, CodeEntry> {
	const table = new Map<number, CodeEntry>();
	for (const runs of sides) {
		for (const run of runs) {
			if (typeof run === 'string') continue;
			const entry = table.get(run.id) ?? {};
			const slot = run.role === 'open' ? 'open' : run.role === 'close' ? 'close' : 'standalone';
			if (entry[slot] === undefined) table.set(run.id, { ...entry, [slot]: run.text });
		}
	}
	return table;
}
