/**
 * The comparison key of a link target or URL: the target with any locale path segment
 * (`/en-us/`, `/de-de/`, `/zh-hans-cn/` style) replaced by `/{locale}/`.
 *
 * Why: Microsoft Docs translations legitimately localise links (`https://learn.microsoft.com/en-us/…`
 * becomes `…/de-de/…`); reporting those would bury the real problems in false positives.
 */
export function normalizeLinkTarget(target: string): string {
	return target.replace(/\/[a-z]{2}-[a-z]{2,4}(?:-[a-z]{2})?(?=\/|$)/gi, '/{locale}');
}
