import { toWordBags, wordSimilarity } from '../align/word-similarity.ts';
import type { FileId } from '../model/workspace.ts';
import type { CheckName, QaProblem } from './problem.ts';
import type { QaFile } from './qa-file.ts';

/**
 * `inconsistent-translation` (one source translated in several ways) and `inconsistent-source`
 * (one translation used for several sources), across all the given files of one locale (files of
 * different locales never compare). In each group the variant used most often (the first seen on
 * a tie) is taken as the reference and every segment with another variant gets a problem that
 * quotes the reference and where it is. Returns the problems by file id, in segment order.
 */
export function checkConsistency(files: readonly QaFile[]): Map<FileId, QaProblem[]> {
	const out = new Map<FileId, QaProblem[]>(files.map((f) => [f.file, []]));
	const members: Member[] = [];
	for (const file of files) {
		file.segments.forEach((segment, index) => {
			if (segment.translation.trim() === '' || !LETTER.test(segment.source)) return;
			members.push({
				file: file.file,
				index,
				id: segment.id,
				locale: (file.locale ?? '').toLowerCase(),
				source: collapse(segment.source),
				translation: collapse(segment.translation)
			});
		});
	}
	report(
		out,
		members,
		'inconsistent-translation',
		(m) => m.source,
		(m) => m.translation
	);
	report(
		out,
		members,
		'inconsistent-source',
		(m) => m.translation,
		(m) => looseWords(m.source),
		{
			isSameVariant: areSimilar,
			isReportable: (group) => (group[0]?.translation.match(WORD)?.length ?? 0) >= MIN_WORDS
		}
	);
	for (const problems of out.values()) problems.sort((a, b) => a.segmentIndex - b.segmentIndex);
	return out;
}

interface Member {
	readonly file: FileId;
	readonly index: number;
	readonly id: string;
	readonly locale: string;
	readonly source: string;
	readonly translation: string;
}

const LETTER = /\p{L}/u;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * inconsistent-source reads translations of this many words or more: shorter ones ("Nicht
 * unterstützt" for "Not Supported" and "Unsupported") are mostly synonyms rightly merged; on
 * ../shared/corpus 18 of 20 short hits were such (see README).
 */
const MIN_WORDS = 4;

/**
 * Sources this similar (Dice over words) are one source edited (`isn't` / `is not`, a fixed typo),
 * not two: one translation for both is right.
 */
const SIMILAR_SOURCES = 0.5;

function report(
	out: Map<FileId, QaProblem[]>,
	members: readonly Member[],
	check: CheckName,
	groupKey: (member: Member) => string,
	variantKey: (member: Member) => string,
	options: {
		readonly isSameVariant?: (a: Member, b: Member) => boolean;
		readonly isReportable?: (group: readonly Member[]) => boolean;
	} = {}
): void {
	// By locale, then by text: nested maps, so no key string is built per member.
	const byLocale = new Map<string, Map<string, Member[]>>();
	for (const member of members) {
		let groups = byLocale.get(member.locale);
		if (!groups) byLocale.set(member.locale, (groups = new Map<string, Member[]>()));
		const key = groupKey(member);
		const group = groups.get(key);
		if (group) group.push(member);
		else groups.set(key, [member]);
	}
	for (const group of [...byLocale.values()].flatMap((groups) => [...groups.values()])) {
		if (group.length < 2) continue;
		// Copies of one segment (the same file opened twice, repeated boilerplate) are the usual
		// group: settle them without computing any variant key.
		const [head] = group;
		if (group.every((m) => m.source === head?.source && m.translation === head.translation))
			continue;
		if (options.isReportable && !options.isReportable(group)) continue;
		const byVariant = new Map<string, Member[]>();
		for (const member of group) {
			const variant = variantKey(member);
			const list = byVariant.get(variant);
			if (list) list.push(member);
			else byVariant.set(variant, [member]);
		}
		if (byVariant.size < 2) continue;
		const reference = [...byVariant.values()].reduce((a, b) => (b.length > a.length ? b : a));
		const first = reference[0];
		if (!first) continue;
		for (const [variant, list] of byVariant) {
			if (variant === variantKey(first)) continue;
			for (const member of list) {
				if (options.isSameVariant?.(first, member)) continue;
				out.get(member.file)?.push(problemOf(check, member, first, byVariant.size));
			}
		}
	}
}

function problemOf(check: CheckName, member: Member, reference: Member, ways: number): QaProblem {
	const where =
		reference.file === member.file ? reference.id : `${reference.id} in ${reference.file}`;
	const message =
		check === 'inconsistent-translation'
			? `The same source is translated ${ways} ways; ${where} has "${short(reference.translation)}".`
			: `The same translation stands for ${ways} different sources; ${where} has the source "${short(reference.source)}".`;
	return {
		check,
		severity: 'info',
		message,
		segmentId: member.id,
		segmentIndex: member.index,
		range: null,
		sourceRange: null
	};
}

function areSimilar(a: Member, b: Member): boolean {
	const [[x], [y]] = toWordBags([a.source], [b.source]);
	return x !== undefined && y !== undefined && wordSimilarity(x, y) >= SIMILAR_SOURCES;
}

/** Whitespace runs as one space, edges trimmed; most texts have neither and are returned as they are. */
function collapse(text: string): string {
	const trimmed = text.trim();
	return OTHER_WHITESPACE.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
}

const OTHER_WHITESPACE = /[^\S ]| {2}/;

/** A source reduced to its lower-cased words: sources that differ only in case, punctuation or markup are one. */
function looseWords(text: string): string {
	return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

function short(text: string): string {
	return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
