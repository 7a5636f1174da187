import type { Resolutions, VersionMerge } from './merge-model.ts';

/** A segment as the unedited rule reads it. */
interface TextPair {
	readonly id: string;
	readonly source: string;
	readonly translation: string;
}

/** The confirmed segments the translator left as they were, and the new version's segments. */
export interface UneditedConfirmations {
	readonly base: readonly TextPair[];
	readonly theirs: readonly TextPair[];
	/** Segment ids of base with an edit (those are decided by the merge entries). */
	readonly edited: ReadonlySet<string>;
}

/**
 * The confirmations of mine that still hold after a merge, as ids of theirs: a segment of theirs
 * is confirmed when it receives the translation the translator confirmed, that is when its
 * partners of mine are all confirmed and it holds their text: carried, already the same in theirs
 * (`same`), or a conflict settled with Take mine. A conflict settled as theirs or with a typed
 * text gets no mark: that translation was never confirmed. Unedited segments give no merge entry:
 * with `unedited`, a segment of theirs (with no merge entry either) is confirmed when a confirmed,
 * unedited segment of base had the same source and the same translation: the new version kept
 * what the translator confirmed.
 */
export function carryConfirmations(
	merge: VersionMerge,
	resolutions: Resolutions,
	confirmed: ReadonlySet<string>,
	unedited?: UneditedConfirmations
): Set<string> {
	const partners = new Map<string, string[]>();
	const add = (theirs: string, mine: string): void => {
		partners.set(theirs, [...(partners.get(theirs) ?? []), mine]);
	};
	for (const pair of [...merge.carried, ...merge.same]) add(pair.theirs, pair.mine);
	for (const conflict of merge.conflicts)
		if (resolutions.get(conflict.theirs) === 'mine') add(conflict.theirs, conflict.mine);
	const carried = new Set<string>();
	for (const [theirs, mine] of partners)
		if (mine.every((id) => confirmed.has(id))) carried.add(theirs);
	if (unedited === undefined) return carried;
	const hasEntry = new Set([...partners.keys(), ...merge.conflicts.map((c) => c.theirs)]);
	const kept = new Set(
		unedited.base
			.filter((segment) => confirmed.has(segment.id) && !unedited.edited.has(segment.id))
			.map(pairKey)
	);
	for (const segment of unedited.theirs)
		if (!hasEntry.has(segment.id) && kept.has(pairKey(segment))) carried.add(segment.id);
	return carried;
}

function pairKey(segment: TextPair): string {
	return `${segment.source}\u0000${segment.translation}`;
}
