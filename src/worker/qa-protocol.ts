/**
 * Messages between the main thread and the QA worker (kept apart from protocol.ts, the parse
 * worker's, so the two can change independently). One request carries every segment of a file:
 * one message per file, not per segment (STYLE.md §4). The review requests carry only the files
 * that changed since the last one: the worker keeps the rest (qa-session.ts).
 */
import type { FileId, FileWordCount, QaProblem, TokenPair } from '../core/index.ts';

export type { TokenPair };
import type { SparseChecks } from './sparse-checks.ts';

/** Bumped whenever a message shape changes. */
export const QA_PROTOCOL_VERSION = 3;

/**
 * Part of a file's token pairs, from `start`, for the worker to keep (token-check-cache.ts):
 * sent in parts when the worker does not hold the file yet. No answer.
 */
export interface TokenPairsRequest {
	readonly type: 'token-pairs';
	readonly version: number;
	readonly requestId: number;
	readonly fileKey: string;
	readonly total: number;
	readonly start: number;
	readonly pairs: readonly TokenPair[];
}

/** Checks a file the worker holds, after applying the pairs that changed since it was sent. */
export interface TokenCheckRequest {
	readonly type: 'check-tokens';
	readonly version: number;
	readonly requestId: number;
	readonly fileKey: string;
	readonly changes: readonly (readonly [number, TokenPair])[];
}

/** A file opened (with its bytes) or edited (its edits only) since the last review request. */
export interface QaFileUpdate {
	readonly file: FileId;
	/** The file's bytes: sent once, when it is opened or replaced by another version. */
	readonly bytes?: Uint8Array;
	/** Every edit of the file now, by segment id. */
	readonly edits: readonly (readonly [string, string])[];
}

export interface ReviewRequest {
	readonly type: 'review';
	readonly version: number;
	readonly requestId: number;
	readonly changed: readonly QaFileUpdate[];
	/** Every open file, in open order: the rest are forgotten. */
	readonly order: readonly FileId[];
	/** More files follow at once: the consistency checks wait for the last part. */
	readonly isPartial: boolean;
}

export type QaWorkerRequest = TokenPairsRequest | TokenCheckRequest | ReviewRequest;

/** A problem with its dismissal key, computed in the worker (a SHA-256 per problem). */
export interface KeyedProblem extends QaProblem {
	readonly key: string;
}

/** One changed file's own problems (not the consistency ones) and its word counts. */
export interface QaFileReport {
	readonly file: FileId;
	readonly own: readonly KeyedProblem[];
	readonly counts: FileWordCount;
}

export interface QaReport {
	/** The files of the request that parsed, in request order. */
	readonly files: readonly QaFileReport[];
	/** The consistency problems per file (files without one are left out), re-run over all open files. */
	readonly consistency: readonly {
		readonly file: FileId;
		readonly problems: readonly KeyedProblem[];
	}[];
	/** The repetitions again when the open files changed; null when they are as last sent. */
	readonly repetitions: RepetitionMap | null;
}

/**
 * The repetitions of the open files (segments with the same source): per file, each segment's
 * group id (-1 for none), and each group's size. Ints, not refs, so 100,000 segments stay small.
 */
export interface RepetitionMap {
	readonly groupOf: readonly (readonly [FileId, Int32Array])[];
	readonly sizes: Int32Array;
}

export type QaWorkerReply =
	| {
			readonly type: 'checked-tokens';
			readonly version: number;
			readonly requestId: number;
			/** The checks with problems, by pair index (the others have none). */
			readonly checks: SparseChecks;
	  }
	| {
			/** The worker does not hold every pair of the file: send them all, then ask again. */
			readonly type: 'token-pairs-missing';
			readonly version: number;
			readonly requestId: number;
	  }
	| {
			readonly type: 'reviewed';
			readonly version: number;
			readonly requestId: number;
			readonly report: QaReport;
	  }
	| {
			readonly type: 'failed';
			readonly version: number;
			readonly requestId: number;
			readonly message: string;
	  };
