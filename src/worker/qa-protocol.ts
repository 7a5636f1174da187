/**
 * Messages between the main thread and the QA worker (kept apart from protocol.ts, the parse
 * worker's, so the two can change independently). One request carries every segment of a file:
 * one message per file, not per segment (STYLE.md §4).
 */
import type { TokenCheck, TokenPair } from '../core/index.ts';

export type { TokenPair };

/** Bumped whenever a message shape changes. */
export const QA_PROTOCOL_VERSION = 1;

export interface TokenCheckRequest {
	readonly type: 'check-tokens';
	readonly version: number;
	readonly requestId: number;
	readonly pairs: readonly TokenPair[];
}

export type QaWorkerReply =
	| {
			readonly type: 'checked-tokens';
			readonly version: number;
			readonly requestId: number;
			/** One check per pair, in request order. */
			readonly checks: readonly TokenCheck[];
	  }
	| {
			readonly type: 'failed';
			readonly version: number;
			readonly requestId: number;
			readonly message: string;
	  };
