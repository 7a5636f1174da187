import type { Resolutions, VersionMerge } from './merge-model.ts';

/**
 * The confirmations of mine that still hold after a merge, as ids of theirs: a segment of theirs
 * is confirmed when it receives the translation the translator confirmed, that is when its
 * partners of mine are all confirmed and it holds their text: carried, already the same in theirs
 * (`same`), or a conflict settled with Take mine. A conflict settled as theirs or with a typed
 * text gets no mark: that translation was never confirmed. Unedited segments give no merge entry,
 * so their marks do not carry.
 */
export function carryConfirmations(
	merge: VersionMerge,
	resolutions: Resolutions,
	confirmed: ReadonlySet<string>
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
	return carried;
}
