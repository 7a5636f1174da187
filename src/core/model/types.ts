/**
 * The data model of a parsed bilingual (sxs) file. Plain readonly records: parsing produces new
 * values and nothing here is mutated afterwards, so the same objects can cross a worker boundary,
 * sit in `$state.raw` and be compared by identity.
 */

/** A segment id as written in the file, e.g. `7e727-103` or `7e727-p103` (branded: not any string). */
export type SegmentId = string & { readonly __brand: 'SegmentId' };

/** Where in the Markdown a segment stands; decided from the line it starts on. */
export type MarkdownContext =
	| 'front-matter'
	| 'heading'
	| 'table-cell'
	| 'list-item'
	| 'blockquote'
	| 'link-text'
	| 'image-alt'
	| 'paragraph';

export type Severity = 'error' | 'warning' | 'info';

/** A problem found in the input. Bad input is a value, never an exception. */
export interface Diagnostic {
	readonly severity: Severity;
	/** Stable machine-readable code, e.g. `unclosed-source`. */
	readonly code: string;
	/** Plain-language message for a translator. */
	readonly message: string;
	/** 1-based line of the problem, or 0 when it concerns the whole file. */
	readonly line: number;
}

/** One translation unit: the translation and its English source, found by the sxs markup. */
export interface Segment {
	/** The ttu id, exactly as in the file. */
	readonly id: SegmentId;
	/** The 5-hex-digit file key before the dash (`7e727`). */
	readonly fileKey: string;
	/** The part after the dash, as written (`103` or `p103`). */
	readonly number: string;
	/** True for merged `pNNN` ids: one segment that covers several source sentences. */
	readonly isMerged: boolean;
	/** Raw translation bytes between the ttu open tag and the sxs-lookup sentinel. */
	readonly translation: string;
	/** Raw source bytes between the stu open tag and the closing `</span></span>`. */
	readonly source: string;
	/** UTF-16 offset of the translation's first character in the document text. */
	readonly translationStart: number;
	/** UTF-16 offset just past the translation's last character. */
	readonly translationEnd: number;
	/** UTF-16 offset of the `<span data-ttu-id=` that opens the segment. */
	readonly segmentStart: number;
	/** UTF-16 offset just past the closing `</span></span>`. */
	readonly segmentEnd: number;
	/** 1-based line of the translation's first character. */
	readonly line: number;
	/** 1-based column (UTF-16 units, as Monaco counts) of the translation's first character. */
	readonly column: number;
	readonly context: MarkdownContext;
}

/** Front matter fields that locdiff reads; everything else stays raw. */
export interface FrontMatter {
	/** The whole block including both `---` fences and their line ends, verbatim. */
	readonly raw: string;
	readonly translationType?: string;
	readonly contentLocale?: string;
	readonly locFileId?: string;
	readonly sourceGitCommit?: string;
	readonly openLocFileHash?: string;
}

/** A parsed sxs file. `text` plus segment offsets is everything needed to write it back. */
export interface SxsDocument {
	/** The decoded text, including a leading U+FEFF when the file had a BOM. */
	readonly text: string;
	readonly frontMatter: FrontMatter | null;
	readonly segments: readonly Segment[];
	readonly diagnostics: readonly Diagnostic[];
}
