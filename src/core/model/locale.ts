/**
 * Guesses a locale from a file path such as `doc.uk-UA.md`, `uk-ua/doc.md` or
 * `OfficeDocs.zh-CN/doc.md`, for files whose front matter has no `ms.contentlocale`.
 * Returns the tag with a lowercase language and uppercase region, or null.
 */
export function localeFromPath(path: string): string | null {
	const parts = path.split(/[/\\]/);
	for (let i = parts.length - 1; i >= 0; i--) {
		const part = parts[i] ?? '';
		// In a file name the region is written in capitals (`doc.uk-UA.md`), which keeps
		// words like `how-to` out; a whole folder name may be all lowercase (`de-de/`).
		const match =
			i === parts.length - 1 ? IN_NAME.exec(part) : (WHOLE.exec(part) ?? IN_NAME.exec(part));
		if (match?.[1] && match[2]) return `${match[1].toLowerCase()}-${match[2].toUpperCase()}`;
	}
	return null;
}

const IN_NAME = /(?:^|[._])([a-z]{2,3})-([A-Z]{2})(?=[._]|$)/;
const WHOLE = /^([a-z]{2,3})-([a-zA-Z]{2})$/;
