import { codeSegment } from '../inline/code-pair.ts';
import { tabulateCodes, type CodeEntry } from '../inline/code-table.ts';
import type { CodeRole, InlineRun } from '../inline/inline-code.ts';
import type { Segment } from '../model/types.ts';
import { checkEdit } from '../sxs/check-edit.ts';
import type { XliffPiece, XliffUnit } from './xliff-model.ts';

/** What one unit does to its segment. */
export type UnitOutcome =
	| { readonly kind: 'unchanged' }
	| { readonly kind: 'edit'; readonly text: string; readonly droppedCodes: readonly string[] }
	| { readonly kind: 'refused'; readonly reason: string };

/**
 * Turns a unit's target back into sxs text, checked against the segment it names: the source
 * must be the file's (else the XLIFF is stale), every code id must be one the unit had when
 * exported (rebuilt from the file by `codeSegment`, so a CAT tool cannot smuggle markup in), and
 * the result must pass `checkEdit`. A code's characters come from the file, not the XLIFF.
 */
export function importUnit(
	unit: XliffUnit,
	segment: Segment,
	current: string,
	occurrences: number
): UnitOutcome {
	const coded = codeSegment(segment.source, current);
	const table = tabulateCodes(coded.source, coded.target);
	if (expandSource(unit.source, table) !== segment.source) {
		return refuse(
			`The source of ${unit.segmentId} differs from the file's: the XLIFF is stale (export it again).`
		);
	}
	if (unit.target === null) return { kind: 'unchanged' };
	const text = expandTarget(unit.target, table);
	if (typeof text !== 'string')
		return refuse(
			`The target of ${unit.segmentId} holds ${text.unknown}, which this unit never had.`
		);
	if (text === current) return { kind: 'unchanged' };
	if (occurrences > 1) {
		return refuse(
			`Segment id ${unit.segmentId} appears ${occurrences} times in this file, so an edit to it is ambiguous.`
		);
	}
	const reason = checkEdit(segment, text);
	if (reason !== null) return refuse(reason);
	return { kind: 'edit', text, droppedCodes: droppedCodes(coded.source, unit.target) };
}

function refuse(reason: string): UnitOutcome {
	return { kind: 'refused', reason };
}

/**
 * The source as the XLIFF gives it: each code's own characters (1.2 content, 2.0 `<data>`), or
 * the file's for the same id when a tool rewrote the code without them (`<g>`, `<x/>`).
 */
function expandSource(
	pieces: readonly XliffPiece[],
	table: ReadonlyMap<number, CodeEntry>
): string {
	let out = '';
	for (const piece of pieces) {
		if (typeof piece === 'string') out += piece;
		else out += piece.data ?? table.get(Number(piece.id))?.[piece.role] ?? '';
	}
	return out;
}

/** The target's text with each code's characters from the table, or the first unknown code. */
function expandTarget(
	pieces: readonly XliffPiece[],
	table: ReadonlyMap<number, CodeEntry>
): string | { readonly unknown: string } {
	let out = '';
	for (const piece of pieces) {
		if (typeof piece === 'string') {
			out += piece;
			continue;
		}
		const entry = /^[1-9]\d{0,8}$/.test(piece.id) ? table.get(Number(piece.id)) : undefined;
		const text = entry?.[piece.role];
		if (text === undefined) return { unknown: `${describeRole(piece.role)} with id "${piece.id}"` };
		out += text;
	}
	return out;
}

function describeRole(role: CodeRole): string {
	return role === 'standalone' ? 'a code' : role === 'open' ? 'a start code' : 'an end code';
}

/** The source's codes (their characters) that the target no longer has. */
function droppedCodes(source: readonly InlineRun[], target: readonly XliffPiece[]): string[] {
	const present = new Set<string>();
	for (const piece of target)
		if (typeof piece !== 'string') present.add(`${piece.role} ${piece.id}`);
	const dropped: string[] = [];
	for (const run of source) {
		if (typeof run !== 'string' && !present.has(`${run.role} ${run.id}`)) dropped.push(run.text);
	}
	return dropped;
}
