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
	const fields = new Map<string, string>();
	for (const line of raw.split('\n')) {
		const match = FIELD.exec(line);
		if (match?.[1] !== undefined && match[2] !== undefined) fields.set(match[1], unquote(match[2]));
	}
	return {
		raw,
		...optional('translationType', fields.get('ms.translationtype')),
		...optional('contentLocale', fields.get('ms.contentlocale')),
		...optional('locFileId', fields.get('ms.locfileid')),
		...optional('sourceGitCommit', fields.get('ms.sourcegitcommit')),
		...optional('openLocFileHash', fields.get('ms.openlocfilehash'))
	};
}

const FIELD = /^(ms\.[a-z]+):[ \t]*(.*?)[ \t\r]*$/;

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
