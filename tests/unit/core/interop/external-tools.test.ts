import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../src/cli/commands.ts';
import {
	exportXliff,
	importXliff,
	localeFromPath,
	parseSxs,
	parseTmx,
	serializeSxs
} from '../../../../src/core/index.ts';
import { corpusPath, describeCorpus, listCorpusFiles } from '../../../helpers/corpus.ts';
import {
	hasTranslateToolkit,
	retargetWithTranslateToolkit,
	hasXmllint,
	translateToolkitSources,
	validateXliff
} from '../../../helpers/external-tools.ts';
import { markupDocument } from '../../../helpers/interop-builders.ts';

const dir = mkdtempSync(join(tmpdir(), 'locdiff-interop-'));
const quiet = { stdout: () => undefined, stderr: () => undefined };
const SUBFOLDERS = ['clean', 'edge', 'multilocale', 'rich', 'versions'];

/** Every corpus file, by locale: XLIFF 2.0 holds one target language per document. */
function corpusByLocale(): Map<string, string[]> {
	const groups = new Map<string, string[]>();
	for (const sub of SUBFOLDERS) {
		for (const name of listCorpusFiles(sub)) {
			const path = corpusPath(sub, name);
			const sxs = parseSxs(readFileSync(path, 'utf8'));
			const locale = sxs.frontMatter?.contentLocale ?? localeFromPath(path) ?? 'und';
			groups.set(locale, [...(groups.get(locale) ?? []), path]);
		}
	}
	return groups;
}

function allCorpusFiles(): string[] {
	return SUBFOLDERS.flatMap((sub) => listCorpusFiles(sub).map((name) => corpusPath(sub, name)));
}

function sourcesOf(paths: readonly string[]): string[] {
	return paths.flatMap((path) =>
		parseSxs(readFileSync(path, 'utf8')).segments.map((s) => s.source)
	);
}

describe.skipIf(!hasXmllint)('XLIFF output against the OASIS schemas (xmllint)', () => {
	it.each(['1.2', '2.0'] as const)(
		'validates XLIFF %s of generated files full of markup and odd characters',
		(version) => {
			const docs = fc.sample(markupDocument, { seed: 1104, numRuns: 40 });
			const files = docs.map((doc, i) => ({ path: `g/${i}.md`, sxs: parseSxs(doc.text) }));
			const result = exportXliff(files, { version });
			const path = join(dir, `generated-${version}.xlf`);
			writeFileSync(path, result.ok ? result.xml : '');
			expect(validateXliff(path, version)).toBeNull();
		}
	);
});

describeCorpus('XLIFF and TMX written by the CLI for ../shared/corpus', { timeout: 60_000 }, () => {
	it.skipIf(!hasXmllint)(
		'validates XLIFF 1.2 of the whole corpus and 2.0 of each locale',
		async () => {
			const all = join(dir, 'corpus-1.2.xlf');
			expect(
				await runCli(['xliff', '--version', '1.2', '-o', all, ...allCorpusFiles()], quiet)
			).toBe(0);
			expect(validateXliff(all, '1.2')).toBeNull();
			for (const [locale, paths] of corpusByLocale()) {
				const out = join(dir, `corpus-${locale}-2.0.xlf`);
				expect(await runCli(['xliff', '-o', out, ...paths], quiet)).toBe(0);
				expect(validateXliff(out, '2.0'), locale).toBeNull();
			}
		}
	);

	it.skipIf(!hasTranslateToolkit)(
		'reads as many XLIFF 1.2 units with the same sources in translate-toolkit',
		async () => {
			const paths = allCorpusFiles();
			const out = join(dir, 'tt-1.2.xlf');
			expect(await runCli(['xliff', '--version', '1.2', '-o', out, ...paths], quiet)).toBe(0);
			const sources = translateToolkitSources('xliff', out);
			const expected = sourcesOf(paths);
			expect(sources.length).toBe(expected.length);
			expect(sources).toEqual(expected);
		}
	);

	it.skipIf(!hasTranslateToolkit)(
		'reads as many TMX units with the same sources in translate-toolkit',
		async () => {
			const out = join(dir, 'tt.tmx');
			expect(
				await runCli(['tmx', '-o', out, ...SUBFOLDERS.map((sub) => corpusPath(sub))], quiet)
			).toBe(0);
			const parsed = parseTmx(readFileSync(out));
			const sources = translateToolkitSources('tmx', out);
			expect(parsed.ok && parsed.entries.length).toBe(sources.length);
			expect(sources).toEqual(parsed.ok ? parsed.entries.map((e) => e.source) : []);
			expect(sources.length).toBeGreaterThan(5000);
		}
	);

	it.skipIf(!hasTranslateToolkit)(
		'imports an XLIFF 1.2 that translate-toolkit rewrote with new targets, as apply would',
		async () => {
			const paths = allCorpusFiles();
			const exported = join(dir, 'tt-in.xlf');
			const rewritten = join(dir, 'tt-out.xlf');
			expect(await runCli(['xliff', '--version', '1.2', '-o', exported, ...paths], quiet)).toBe(0);
			const changes = retargetWithTranslateToolkit(exported, rewritten);
			const files = paths.map((path) => ({ path, sxs: parseSxs(readFileSync(path, 'utf8')) }));
			const result = importXliff(readFileSync(rewritten), files);
			if (!result.ok) throw new Error(result.error.message);
			expect(result.unmatchedFiles).toEqual([]);
			let changed = 0;
			for (const file of files) {
				const edits = new Map(Object.entries(changes[file.path] ?? {}));
				changed += edits.size;
				const imported = result.files.find((f) => f.path === file.path)?.edits;
				expect(serializeSxs(file.sxs, imported).text, file.path).toBe(
					serializeSxs(file.sxs, edits).text
				);
			}
			expect(changed).toBeGreaterThan(1000);
			expect(result.refused).toEqual([]);
		}
	);
});
