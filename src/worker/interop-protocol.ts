/**
 * Messages between the main thread and the interchange worker (issue 11): XLIFF and TMX exports,
 * XLIFF imports, TMX imports and the memories' match lookups. XML is parsed only here, so a
 * 50 MB file or a hostile one never blocks the tab. File bytes go in as copies (the workspace
 * keeps its own); a TMX and a stored memory go in, and results come back, as transferred bytes,
 * never as 100,000 small objects (see `packMemory`): the main thread only moves buffers.
 */
import type {
	MemorySetMatch,
	MemorySummary,
	WorkspaceFileData,
	XliffImportResult,
	XliffVersion
} from '../core/index.ts';

export type { WorkspaceFileData };

/** Bumped whenever a message shape changes. */
export const INTEROP_PROTOCOL_VERSION = 1;

export type InteropCall =
	| {
			readonly type: 'export-xliff';
			readonly files: readonly WorkspaceFileData[];
			readonly xliffVersion: XliffVersion;
	  }
	| { readonly type: 'export-tmx'; readonly files: readonly WorkspaceFileData[] }
	| {
			readonly type: 'import-xliff';
			readonly xml: Uint8Array;
			readonly files: readonly WorkspaceFileData[];
	  }
	/** Parses a TMX and keeps its index under `memoryId`. */
	| { readonly type: 'import-tmx'; readonly memoryId: string; readonly tmx: Uint8Array }
	/** Indexes a stored memory (at start-up). */
	| { readonly type: 'load-memory'; readonly memoryId: string; readonly packed: Uint8Array }
	| { readonly type: 'drop-memory'; readonly memoryId: string }
	| {
			readonly type: 'find-matches';
			readonly source: string;
			readonly locale: string;
			readonly limit: number;
	  };

export type InteropRequest = InteropCall & {
	readonly version: number;
	readonly requestId: number;
};

/** The answer to each call; `failed` for any call the worker could not carry out. */
export type InteropAnswer =
	| { readonly type: 'exported'; readonly bytes: Uint8Array; readonly failed: readonly string[] }
	| { readonly type: 'refused'; readonly message: string }
	| { readonly type: 'imported-xliff'; readonly result: XliffImportResult }
	| {
			readonly type: 'imported-tmx';
			/** The entries as UTF-8 `packMemory` JSON: stored as they are, transferred. */
			readonly packed: Uint8Array;
			readonly summary: MemorySummary;
			/** `<tu>`s that gave no entry. */
			readonly skipped: number;
	  }
	| { readonly type: 'done' }
	| { readonly type: 'matches'; readonly matches: readonly MemorySetMatch[] }
	| { readonly type: 'failed'; readonly message: string };

export type InteropReply = InteropAnswer & {
	readonly version: number;
	readonly requestId: number;
};
