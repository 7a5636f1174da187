/** What an id says, read with char codes (this runs once per segment on every load). */
export interface IdParts {
	/** The 5-hex-digit key, or what stands before the last dash of an unusual id. */
	readonly fileKey: string;
	/** `103` or `p103`, or what follows the last dash. */
	readonly number: string;
	readonly isMerged: boolean;
	/** The numeric value of the number (without `p`), or -1 when the id is unusual. */
	readonly value: number;
}

/**
 * Reads an id that starts at `start` and ends at `">`, bounded by `limit`. Returns the offset of
 * the closing `"`, or -1 when there is no well-formed id there: an id has no quote, angle
 * bracket, ampersand or white space (which rules out the entity-escaped markup of E3).
 */
export function findIdEnd(text: string, start: number, limit: number, maxLength: number): number {
	const end = Math.min(limit, start + maxLength + 1, text.length);
	for (let i = start; i < end; i++) {
		const code = text.charCodeAt(i);
		if (code === 0x22 /* " */) {
			return i > start && text.charCodeAt(i + 1) === 0x3e /* > */ && i + 1 < limit ? i : -1;
		}
		if (code === 0x3c || code === 0x3e || code === 0x26 || code <= 0x20) return -1;
	}
	return -1;
}

/** Splits `7e727-103` / `7e727-p103`; ids of another shape get `value` -1. */
export function splitId(id: string): IdParts {
	const dash = id.lastIndexOf('-');
	const fileKey = dash > 0 ? id.slice(0, dash) : '';
	const number = id.slice(dash + 1);
	const isMerged = number.charCodeAt(0) === 0x70; /* p */
	return {
		fileKey,
		number,
		isMerged,
		value: isWellFormed(fileKey, number, isMerged)
			? Number(isMerged ? number.slice(1) : number)
			: -1
	};
}

/** `prefix-number`: 5 lowercase hex digits, a dash, digits or `p` + digits (SXS-FORMAT.md §3). */
function isWellFormed(fileKey: string, number: string, isMerged: boolean): boolean {
	if (fileKey.length !== 5) return false;
	for (let i = 0; i < 5; i++) {
		const code = fileKey.charCodeAt(i);
		if (!((code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x66))) return false;
	}
	const first = isMerged ? 1 : 0;
	if (number.length <= first) return false;
	for (let i = first; i < number.length; i++) {
		const code = number.charCodeAt(i);
		if (code < 0x30 || code > 0x39) return false;
	}
	return true;
}
