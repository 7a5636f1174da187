import type { InlineCode, InlineRun } from './inline-code.ts';
import { splitCodes } from './split-codes.ts';

/** A segment's source and translation as runs, with one id per code shared by both sides. */
export interface CodedSegment {
	readonly source: readonly InlineRun[];
	readonly target: readonly InlineRun[];
}

/**
 * Splits both sides of a segment into codes and gives the translation's codes the ids of equal
 * codes in the source: a pair matches a pair with the same start and end, a standalone code one
 * with the same characters, each source code used once, in order. A code the source lacks gets
 * a fresh id above the source's. Deterministic, so an importer rebuilds the same ids from the
 * file to know which ids a unit ever had.
 */
export function codeSegment(source: string, translation: string): CodedSegment {
	const sourceRuns = splitCodes(source);
	const available = new Map<string, number[]>();
	let maxId = 0;
	for (const [key, id] of keyedCodes(sourceRuns)) {
		available.set(key, [...(available.get(key) ?? []), id]);
		maxId = Math.max(maxId, id);
	}
	const targetRuns = splitCodes(translation);
	const renumber = new Map<number, number>();
	for (const [key, id] of keyedCodes(targetRuns)) {
		const matched = available.get(key)?.shift();
		renumber.set(id, matched ?? ++maxId);
	}
	const target = targetRuns.map((run): InlineRun =>
		typeof run === 'string' ? run : { ...run, id: renumber.get(run.id) ?? run.id }
	);
	return { source: sourceRuns, target };
}

/** Each code once, by id in order of appearance, with the key it is matched by. */
function keyedCodes(runs: readonly InlineRun[]): [string, number][] {
	const closes = new Map<number, string>();
	for (const run of runs)
		if (typeof run !== 'string' && run.role === 'close') closes.set(run.id, run.text);
	const keyed: [string, number][] = [];
	for (const run of runs) {
		if (typeof run === 'string' || run.role === 'close') continue;
		keyed.push([codeKey(run, closes.get(run.id)), run.id]);
	}
	return keyed;
}

function codeKey(code: InlineCode, closeText: string | undefined): string {
	return code.role === 'open'
		? `pair\u0000${code.text}\u0000${closeText ?? ''}`
		: `one\u0000${code.text}`;
}
