/**
 * Word-level changes between the two sides of a same-language comparison (the Original
 * translation, another version, a colleague's copy), line by line, for the diff pane's Monaco
 * diff (ui/diff/diff-provider.ts turns them into its ranges). Issue 9 asks for jsdiff's word diff
 * with `Intl.Segmenter` (core `diffWordsOf`) rather than Monaco's character diff, which marks
 * single letters inside words. Here, not in ui/: the UI may not use the core's values.
 *
 * Columns are Monaco's: 1-based UTF-16 offsets in the line as shown (an astral character counts
 * two, a CJK character one). jsdiff's word diff ignores whitespace and takes a shared run's spaces
 * from one side, so its parts are matched back to each side by their non-space characters.
 */
import { diffWordsOf, type WordDiffPart } from '../core/index.ts';

/** One changed run: `before*` in the left line, `after*` in the right (end exclusive; equal = empty). */
export interface WordChange {
	readonly beforeStart: number;
	readonly beforeEnd: number;
	readonly afterStart: number;
	readonly afterEnd: number;
}

/** The changes of one differing line pair; `words` null when the texts were too different to diff. */
export interface LineWordChanges {
	/** 1-based line number on both sides (segment N is line N). */
	readonly line: number;
	readonly words: readonly WordChange[] | null;
}

/** The word changes of one line pair, or null when too different (show the whole line changed). */
export function wordChangesOf(before: string, after: string): WordChange[] | null {
	const parts = diffWordsOf(before, after);
	return parts === null ? null : placeParts(parts, before, after);
}

/** Time slice of `lineWordChanges` before it lets the page breathe (a long file, many changes). */
const SLICE_MS = 8;

/** Every differing line pair of two sides with as many lines, word by word. */
export async function lineWordChanges(
	before: readonly string[],
	after: readonly string[]
): Promise<LineWordChanges[]> {
	const changes: LineWordChanges[] = [];
	const count = Math.min(before.length, after.length);
	let sliceStart = performance.now();
	for (let index = 0; index < count; index++) {
		const left = before[index] ?? '';
		const right = after[index] ?? '';
		if (left === right) continue;
		changes.push({ line: index + 1, words: cachedChanges(left, right) });
		if (performance.now() - sliceStart > SLICE_MS) {
			await new Promise((resolve) => setTimeout(resolve, 0));
			sliceStart = performance.now();
		}
	}
	return changes;
}

/** Recent line pairs: the pane asks again on every keystroke, for lines that did not change. */
const cache = new Map<string, WordChange[] | null>();
const CACHE_SIZE = 20_000;

function cachedChanges(before: string, after: string): WordChange[] | null {
	const key = `${before}\u0000${after}`;
	const known = cache.get(key);
	if (known !== undefined) return known;
	if (cache.size >= CACHE_SIZE) cache.clear();
	const words = wordChangesOf(before, after);
	cache.set(key, words);
	return words;
}

/** Where a part's characters are in one side's text (0-based, end exclusive). */
interface Span {
	readonly start: number;
	readonly end: number;
}

/** A run of removed and added parts, as found so far. */
interface Run {
	readonly leftAt: number;
	readonly rightAt: number;
	removed: Span | null;
	added: Span | null;
}

/** Places each run of removed and added parts in both lines; null if a part cannot be found. */
function placeParts(
	parts: readonly WordDiffPart[],
	before: string,
	after: string
): WordChange[] | null {
	const left = new SideCursor(before);
	const right = new SideCursor(after);
	const changes: WordChange[] = [];
	let run: Run | null = null;
	const close = (): void => {
		if (run !== null && (run.removed !== null || run.added !== null))
			changes.push(toColumns(run.removed ?? at(run.leftAt), run.added ?? at(run.rightAt)));
		run = null;
	};
	for (const part of parts) {
		if (part.kind === 'same') {
			close();
			if (left.consume(part.text) === null || right.consume(part.text) === null) return null;
			continue;
		}
		run ??= { leftAt: left.position, rightAt: right.position, removed: null, added: null };
		const span = (part.kind === 'removed' ? left : right).consume(part.text);
		if (span === null) return null;
		if (span.start === span.end) continue; // only spaces: not a word change
		if (part.kind === 'removed') run.removed = join(run.removed, span);
		else run.added = join(run.added, span);
	}
	close();
	return changes;
}

/** Walks one side's text, matching parts by their non-space characters. */
class SideCursor {
	position = 0;

	constructor(private readonly text: string) {}

	/** Consumes `part` (spaces on either side may differ); its characters' span, or null. */
	consume(part: string): Span | null {
		let start = -1;
		for (const char of part) {
			if (isSpace(char)) continue;
			while (this.position < this.text.length && isSpace(this.text[this.position] ?? ''))
				this.position++;
			if (!this.text.startsWith(char, this.position)) return null;
			if (start < 0) start = this.position;
			this.position += char.length;
		}
		return start < 0 ? at(this.position) : { start, end: this.position };
	}
}

function isSpace(char: string): boolean {
	return /^\s$/u.test(char);
}

function at(offset: number): Span {
	return { start: offset, end: offset };
}

function join(span: Span | null, next: Span): Span {
	return span === null
		? next
		: { start: Math.min(span.start, next.start), end: Math.max(span.end, next.end) };
}

function toColumns(before: Span, after: Span): WordChange {
	return {
		beforeStart: before.start + 1,
		beforeEnd: before.end + 1,
		afterStart: after.start + 1,
		afterEnd: after.end + 1
	};
}
