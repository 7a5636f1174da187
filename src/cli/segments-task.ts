import { localeFromPath } from '../core/index.ts';
import { parsedFileTask } from './file-task.ts';

export interface SegmentsTaskOptions {
	/** Indented over several lines (one file) or on one line (JSON Lines). */
	readonly pretty: boolean;
}

/**
 * The `segments` JSON of one file, as text (the field names and their order are the CLI
 * contract). Written to text here, so worker threads do that work and send back one string.
 */
export const segmentsTask = parsedFileTask(
	'segments',
	({ path, document }, options: SegmentsTaskOptions) => {
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
		return JSON.stringify(json, null, options.pretty ? 2 : undefined);
	}
);
