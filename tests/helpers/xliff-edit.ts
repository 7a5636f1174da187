/**
 * Plays the CAT tool in tests: replaces the target of one unit in an XLIFF that locdiff wrote
 * (our own output, so its layout is known: one unit per line, one target per unit).
 */
export function replaceTarget(xml: string, unitId: string, inner: string): string {
	const lines = xml.split('\n');
	const index = lines.findIndex(
		(line) =>
			line.startsWith(`<trans-unit id="${unitId}"`) || line.startsWith(`<unit id="${unitId}"`)
	);
	const line = lines[index];
	if (line === undefined) throw new Error(`no unit ${unitId}`);
	lines[index] = line.replace(
		/(<target[^>]*>)[\s\S]*?(<\/target>)/,
		(_, open: string, close: string) => open + inner + close
	);
	return lines.join('\n');
}

/** Escapes text for XML content, as a CAT tool would write typed text. */
export function xmlText(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/\r/g, '&#13;');
}
