import type { FrontMatter } from '../model/types.ts';

/** Where the front matter block lies in the text: [start, end), end just past the closing fence's line end. */
export interface FrontMatterSpan {
	readonly start: number;
	readonly end: number;
}

/**
 * Finds a YAML block that opens the file with a line `---` and ends at the next line that is
 * exactly `---`. Line ends may be LF or CRLF, and mixed (E11: CRLF inside, LF on the fences).
 */
export function findFrontMatter(text: string): FrontMatterSpan | null {
	const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	const firstEnd = lineEndAfter(text, start);
	if (firstEnd < 0 || stripCr(text.slice(start, firstEnd)) !== '---') return null;
	let lineStart = firstEnd + 1;
	while (lineStart < text.length) {
		const nl = text.indexOf('\n', lineStart);
		const lineEnd = nl < 0 ? text.length : nl;
		if (stripCr(text.slice(lineStart, lineEnd)) === '---') {
			return { start, end: nl < 0 ? text.length : nl + 1 };
		}
		if (nl < 0) break;
		lineStart = nl + 1;
	}
	return null;
}

/** Reads the per-locale `ms.*` fields locdiff uses; the block itself stays raw. */
export function readFrontMatter(text: string, span: FrontMatterSpan): FrontMatter {
	const raw = text.slice(span.start, span.end);
	return {
		raw,
		...optional('translationType', readField(raw, 'ms.translationtype')),
		...optional('contentLocale', readField(raw, 'ms.contentlocale')),
		...optional('locFileId', readField(raw, 'ms.locfileid')),
		...optional('sourceGitCommit', readField(raw, 'ms.sourcegitcommit')),
		...optional('openLocFileHash', readField(raw, 'ms.openlocfilehash'))
	};
}

/** The value of a top-level `key: value` line (the first one), unquoted; runs once per file per key. */
function readField(raw: string, key: string): string | undefined {
	for (let at = raw.indexOf(`${key}:`); at >= 0; at = raw.indexOf(`${key}:`, at + 1)) {
		if (at > 0 && raw[at - 1] !== '\n') continue;
		const end = raw.indexOf('\n', at);
		const value = raw.slice(at + key.length + 1, end < 0 ? raw.length : end);
		return unquote(value.replace(/^[ \t]+|[ \t\r]+$/g, ''));
	}
	return undefined;
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
	return (value === undefined || value === '' ? {} : { [key]: value }) as { [P in K]?: string };
}

function unquote(value: string): string {
	const first = value[0];
	if ((first === '"' || first === "'") && value.endsWith(first) && value.length >= 2) {
		return value.slice(1, -1);
	}
	return value;
}

function lineEndAfter(text: string, from: number): number {
	return text.indexOf('\n', from);
}

function stripCr(line: string): string {
	return line.endsWith('\r') ? line.slice(0, -1) : line;
}
