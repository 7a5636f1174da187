/**
 * The QA worker's copy of the token pairs of the last few files checked, with their checks
 * (issue 13.8). A file's pairs arrive once, in parts (posting 65,000 pairs in one message held
 * the main thread ~150 ms); after that a check request carries only the pairs that changed
 * (one, while typing) and only those are checked again.
 */
import { checkTokens, type TokenCheck, type TokenPair } from '../core/index.ts';
import { sparseChecks, type SparseChecks } from './sparse-checks.ts';

/** Files kept: the one on screen and the few it was switched from. */
export const KEPT_FILES = 4;

interface HeldFile {
	readonly pairs: (TokenPair | undefined)[];
	/** Checks by pair; undefined where the pair is new or changed since it was checked. */
	readonly checks: (TokenCheck | undefined)[];
	received: number;
}

export class TokenCheckCache {
	readonly #files = new Map<string, HeldFile>();

	/** Stores pairs `start…` of a file of `total` pairs; a part at 0 starts the file afresh. */
	receive(fileKey: string, total: number, start: number, pairs: readonly TokenPair[]): void {
		let file = this.#files.get(fileKey);
		if (start === 0 || file === undefined || file.pairs.length !== total) {
			file = {
				pairs: new Array<TokenPair | undefined>(total),
				checks: new Array<TokenCheck | undefined>(total),
				received: 0
			};
			this.#files.delete(fileKey);
			this.#files.set(fileKey, file);
			for (const key of [...this.#files.keys()].slice(0, -KEPT_FILES)) this.#files.delete(key);
		}
		pairs.forEach((pair, offset) => {
			const index = start + offset;
			if (index >= total) return;
			if (file.pairs[index] === undefined) file.received++;
			file.pairs[index] = pair;
			file.checks[index] = undefined;
		});
	}

	/**
	 * Applies the changed pairs and returns the checks of the whole file; null when this cache
	 * does not hold every pair of it (evicted, or parts lost): the caller sends them all again.
	 */
	check(fileKey: string, changes: readonly (readonly [number, TokenPair])[]): SparseChecks | null {
		const file = this.#files.get(fileKey);
		if (file === undefined || file.received !== file.pairs.length) return null;
		for (const [index, pair] of changes) {
			if (index < 0 || index >= file.pairs.length) return null;
			file.pairs[index] = pair;
			file.checks[index] = undefined;
		}
		const checks = file.pairs.map((pair, index) => {
			let check = file.checks[index];
			if (check === undefined && pair !== undefined) {
				check = checkTokens(pair.source, pair.translation);
				file.checks[index] = check;
			}
			return check ?? { problems: [] };
		});
		return sparseChecks(checks);
	}
}
