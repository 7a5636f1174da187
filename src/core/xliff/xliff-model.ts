import type { CodeRole } from '../inline/inline-code.ts';

/** A code as an XLIFF document holds it: its role, its id, and the characters it claims. */
export interface XliffCode {
	readonly role: CodeRole;
	readonly id: string;
	/** The original characters as the document gives them (1.2 element content, 2.0 `<data>`); null if absent. */
	readonly data: string | null;
}

/** Inline content of a source or target: text and codes in order. */
export type XliffPiece = string | XliffCode;

/** One unit as read from an XLIFF file (a `<trans-unit>` or a `<unit>`). */
export interface XliffUnit {
	readonly unitId: string;
	/** `resname` (1.2) or `name` (2.0) when present, else the unit id. */
	readonly segmentId: string;
	readonly source: readonly XliffPiece[];
	/** Null when the unit has no target. */
	readonly target: readonly XliffPiece[] | null;
}

/** One `<file>`: how it names its sxs file, and its units. */
export interface XliffFile {
	/** `original`, when present. */
	readonly original: string | null;
	/** 2.0 `id`; null in 1.2. */
	readonly id: string | null;
	readonly units: readonly XliffUnit[];
}

export interface XliffDocument {
	readonly version: '1.2' | '2.0';
	readonly files: readonly XliffFile[];
}
