import type { InlineCode, InlineRun } from '../inline/inline-code.ts';
import { notateIllegalChars } from '../inline/xml-illegal.ts';
import { escapeXmlText } from '../xml/escape-xml.ts';

/** XLIFF 1.2 and TMX 1.4 spell the same code elements with different id attributes. */
export type CodeDialect = 'xliff12' | 'tmx';

/**
 * Writes runs as XLIFF 1.2 or TMX inline content: text escaped, a standalone code as `<ph>`, a
 * pair as `<bpt>`…`<ept>` sharing one id, each holding the code's original characters
 * (a `char` code holds their `\uXXXX` notation, as XML cannot). The type is `x-<CodeType>`.
 */
export function writeCodeRuns(runs: readonly InlineRun[], dialect: CodeDialect): string {
	let out = '';
	for (const run of runs)
		out += typeof run === 'string' ? escapeXmlText(run) : writeCode(run, dialect);
	return out;
}

function writeCode(code: InlineCode, dialect: CodeDialect): string {
	const content = code.type === 'char' ? notateIllegalChars(code.text) : escapeXmlText(code.text);
	const type = dialect === 'xliff12' ? `ctype="x-${code.type}"` : `type="x-${code.type}"`;
	if (code.role === 'standalone') {
		const id = dialect === 'xliff12' ? `id="${code.id}"` : `x="${code.id}"`;
		return `<ph ${id} ${type}>${content}</ph>`;
	}
	const id = dialect === 'xliff12' ? `id="${code.id}"` : `i="${code.id}"`;
	return code.role === 'open'
		? `<bpt ${id} ${type}>${content}</bpt>`
		: `<ept ${id}>${content}</ept>`;
}
