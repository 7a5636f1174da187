import { localeFromPath } from '../core/index.ts';
import type { FileTask } from './file-task.ts';
import { parseLoaded } from './read-files.ts';

/** The `segments` JSON of one file (the field names and their order are the CLI contract). */
export const segmentsTask: FileTask<null, object> = {
	name: 'segments',
	run(path, bytes) {
		const loaded = parseLoaded(path, bytes);
		if (!loaded.ok) return loaded;
		const { document } = loaded;
		const json = {
			file: path,
			locale: document.frontMatter?.contentLocale ?? localeFromPath(path),
			translationType: document.frontMatter?.translationType ?? null,
			segments: document.segments.map((s) => ({
				id: s.id,
				number: s.number,
				target: s.translation,
				source: s.source,
				line: s.line,
				context: s.context
			})),
			diagnostics: document.diagnostics
		};
		return { ok: true, value: json };
	}
};
