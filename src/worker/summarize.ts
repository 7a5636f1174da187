import { localeFromPath, parseSxsBytes } from '../core/index.ts';
import type { FileSummary } from './protocol.ts';

/**
 * Parses one file and keeps only what the file list shows. Lives beside the worker rather than
 * inside it so the same code runs on the main thread when no worker can start.
 */
export function summarizeFile(path: string, bytes: Uint8Array): FileSummary {
	const result = parseSxsBytes(bytes);
	if (!result.ok) return { ok: false, error: result.error };
	const { document } = result;
	const segmentCount = document.segments.length;
	if (segmentCount === 0) {
		return {
			ok: false,
			error: {
				severity: 'error',
				code: 'no-segments',
				message: 'has no bilingual segments (not an sxs file, or nothing to translate)',
				line: 0
			}
		};
	}
	return {
		ok: true,
		segmentCount,
		locale: document.frontMatter?.contentLocale ?? localeFromPath(path),
		diagnostics: document.diagnostics,
		...(document.frontMatter?.locFileId === undefined
			? {}
			: { locFileId: document.frontMatter.locFileId }),
		...(document.frontMatter?.translationType === undefined
			? {}
			: { translationType: document.frontMatter.translationType })
	};
}
