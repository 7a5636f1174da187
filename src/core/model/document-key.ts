/**
 * Which open files hold the same document: another locale of it, another version, a colleague's
 * copy. Two files belong together when their file names match once the locale is taken out
 * (`sync-settings.de-DE.md` and `sync-settings.zh-CN.md`, or `de-de/intro.md` and
 * `zh-cn/intro.md`), or when both front matters name the same `ms.locfileid`.
 */

/** The file name without folders, locale part and case: the key two locales of a doc share. */
export function documentKeyOf(path: string): string {
	const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
	return name
		.replace(LOCALE_IN_NAME, '')
		.replace(/\s\(\d+\)(?=\.[^.]*$|$)/, '')
		.toLowerCase();
}

/** Whether two files are versions, locales or copies of the same doc. */
export function isSameDocument(
	a: { readonly path: string; readonly locFileId?: string | undefined },
	b: { readonly path: string; readonly locFileId?: string | undefined }
): boolean {
	if (a.locFileId !== undefined && a.locFileId === b.locFileId) return true;
	return documentKeyOf(a.path) === documentKeyOf(b.path);
}

/** `.de-DE` or `_zh-CN` before the extension (the region in capitals, as in file names). */
const LOCALE_IN_NAME = /[._][a-z]{2,3}-[A-Z]{2}(?=\.[^.]*$|$)/;
