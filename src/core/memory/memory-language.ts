/**
 * Whether a memory's target language serves a file of `locale`: the same tag in any case
 * (`de-de`, `de-DE`), or the same language when one of them names no region (`de` serves
 * `de-DE`). `de-AT` does not serve `de-DE`: regional spelling is what a reviewer fixes.
 */
export function isSameLanguage(memoryLanguage: string, locale: string): boolean {
	const a = memoryLanguage.toLowerCase();
	const b = locale.toLowerCase();
	if (a === b) return true;
	const [languageA = '', regionA] = a.split(/[-_]/);
	const [languageB = '', regionB] = b.split(/[-_]/);
	return languageA === languageB && (regionA === undefined || regionB === undefined);
}
