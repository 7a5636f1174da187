import { readFile } from 'node:fs/promises';
import { basename, isAbsolute, join, normalize } from 'node:path';
import { encodeSxsText, importXliff, serializeSxs } from '../core/index.ts';
import type { Command } from './command.ts';
import { loadAllOrReport } from './read-files.ts';
import { splitOptionArgs } from './option-args.ts';
import { EXIT_BAD_INPUT, EXIT_FAILED_CHECK, EXIT_OK, reportUnreadable } from './output.ts';
import { usageError } from './usage.ts';
import { writeResult } from './write-output.ts';

export const xliffImportCommand: Command = {
	name: 'xliff-import',
	summary: 'apply the targets of an XLIFF 1.2 or 2.0 document to sxs files',
	help: `Usage: locdiff xliff-import XLIFF FILE... [-o OUT | --out-dir DIR]

Applies the targets of XLIFF to the FILEs, exactly as apply does: each <file> is matched by
original (then 2.0 id) to a FILE as given, each unit by its id to a segment, and the result is
byte-identical outside the changed translations. Refused, named on stderr and not written: a
unit whose source differs from the file's (a stale XLIFF), a target holding a code id the unit
never had, an edit that would change the file's segments; and a <file> that names none of
the FILEs. A target that drops a code of the
source is imported and reported as a markup problem.
One FILE is written to stdout or OUT (-o); several FILEs need --out-dir DIR, where each is
written under its relative path (or its name, for a path outside the current folder).
Exit code 1 if anything was refused; 2 if a file cannot be read or XLIFF is not readable XML
(then nothing is written).`,
	async run(args, output) {
		const { values, positional, errors } = splitOptionArgs(args, ['-o', '--out-dir']);
		const [xliffPath = '', ...paths] = positional;
		if (errors.length > 0 || paths.length === 0) return usageError(output, this, errors[0]);
		const out = values.get('-o');
		const outDir = values.get('--out-dir');
		if (out !== undefined && outDir !== undefined)
			return usageError(output, this, 'give -o or --out-dir, not both');
		if (paths.length > 1 && outDir === undefined)
			return usageError(output, this, 'several FILEs need --out-dir DIR');
		let xml: Uint8Array;
		try {
			xml = new Uint8Array(await readFile(xliffPath));
		} catch (error: unknown) {
			reportUnreadable(output, xliffPath, error instanceof Error ? error.message : String(error));
			return EXIT_BAD_INPUT;
		}
		const loaded = await loadAllOrReport(output, paths);
		if (!loaded) return EXIT_BAD_INPUT;
		const result = importXliff(
			xml,
			loaded.map((file) => ({ path: file.path, sxs: file.document }))
		);
		if (!result.ok) {
			reportUnreadable(output, xliffPath, result.error.message);
			return EXIT_BAD_INPUT;
		}
		// A <file> that names none of the FILEs was not imported: as good as refused, for scripts.
		let refusedCount = result.refused.length + result.unmatchedFiles.length;
		for (const refused of result.refused) {
			output.stderr(
				`locdiff: ${refused.path}: refused ${refused.unitId ?? 'file'}: ${refused.reason}`
			);
		}
		for (const problem of result.problems) {
			output.stderr(
				`locdiff: ${problem.path}: ${problem.unitId}: ${problem.kind}: ${problem.message}`
			);
		}
		for (const name of result.unmatchedFiles) {
			output.stderr(
				`locdiff: ${xliffPath}: no FILE matches <file> ${name}; its units were not imported`
			);
		}
		for (const file of loaded) {
			const imported = result.files.find((f) => f.path === file.path);
			if (!imported)
				output.stderr(`locdiff: ${file.path}: the XLIFF has no <file> for it; written unchanged`);
			const serialized = serializeSxs(file.document, imported?.edits);
			for (const refused of serialized.refused)
				output.stderr(`locdiff: ${file.path}: refused ${refused.id}: ${refused.reason}`);
			refusedCount += serialized.refused.length;
			const target = outDir === undefined ? out : join(outDir, relativeOutput(file.path));
			const failure = await writeResult(output, target, encodeSxsText(serialized.text));
			if (failure) {
				output.stderr(`locdiff xliff-import: ${failure}`);
				return EXIT_BAD_INPUT;
			}
		}
		return refusedCount > 0 ? EXIT_FAILED_CHECK : EXIT_OK;
	}
};

/** A relative path that stays below the output folder, else just the file's name. */
function relativeOutput(path: string): string {
	const clean = normalize(path);
	return isAbsolute(clean) || clean.startsWith('..') ? basename(path) : clean;
}
