/**
 * The choices of **Compare with**: the source, the original translation, and every other open
 * file of the same document (document-key.ts): another locale (its label starts with the locale,
 * e.g. `zh-CN`), another version, or a colleague's copy (the same segments and sources), each
 * naming its path.
 */
import { compareWithFile, isSameDocument, type CompareTarget } from '../core/index.ts';
import { documentOf } from './document-cache.ts';
import type { FileEntry } from './file-entry.ts';

export interface CompareOption {
	readonly value: CompareTarget;
	readonly label: string;
	/** What the left side holds: the source, or translations in the same or another language. */
	readonly kind: 'source' | 'original' | 'locale' | 'version' | 'copy';
}

export const FIXED_OPTIONS: readonly CompareOption[] = [
	{ value: 'source', label: 'Source', kind: 'source' },
	{ value: 'original', label: 'Original translation', kind: 'original' }
];

export function compareOptionsFor(
	current: FileEntry | null,
	files: readonly FileEntry[]
): CompareOption[] {
	if (current === null || !current.summary.ok) return [...FIXED_OPTIONS];
	const mine = { path: current.path, locFileId: current.summary.locFileId };
	const others = files.filter(
		(file) =>
			file.id !== current.id &&
			file.summary.ok &&
			isSameDocument(mine, { path: file.path, locFileId: file.summary.locFileId })
	);
	return [...FIXED_OPTIONS, ...others.map((file) => optionFor(current, file))];
}

function optionFor(current: FileEntry, other: FileEntry): CompareOption {
	const value = compareWithFile(other.id);
	const locale = other.summary.ok ? other.summary.locale : null;
	const myLocale = current.summary.ok ? current.summary.locale : null;
	if (locale !== null && locale !== myLocale)
		return { value, label: `${locale} — ${other.path}`, kind: 'locale' };
	const kind = isCopy(current, other) ? 'copy' : 'version';
	const label = `${kind === 'copy' ? 'Copy' : 'Other version'} — ${other.path}`;
	return { value, label, kind };
}

/** A colleague's copy has the same segments with the same sources; a version does not. */
function isCopy(a: FileEntry, b: FileEntry): boolean {
	const first = documentOf(a.bytes);
	const second = documentOf(b.bytes);
	if (first === null || second === null) return false;
	if (first.segments.length !== second.segments.length) return false;
	return first.segments.every(
		(segment, index) =>
			segment.id === second.segments[index]?.id && segment.source === second.segments[index]?.source
	);
}
