/**
 * Other people's tools that judge locdiff's XLIFF and TMX (issue 11): xmllint with the OASIS
 * schemas Debian's php-symfony-translation ships, and translate-toolkit under Debian's python3.
 * scripts/ensure-test-tools.sh installs them; without them the tests skip with a message.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SCHEMAS =
	process.env.LOCDIFF_XLIFF_SCHEMAS ??
	'/usr/share/php/Symfony/Component/Translation/Resources/schemas';
const PYTHON = '/usr/bin/python3';

export const hasXmllint =
	spawnSync('xmllint', ['--version']).status === 0 &&
	existsSync(join(SCHEMAS, 'xliff-core-2.0.xsd'));
export const hasTranslateToolkit =
	spawnSync(PYTHON, ['-c', 'import translate.storage.tmx, translate.storage.xliff']).status === 0;

if (!hasXmllint)
	console.warn(
		'xmllint or the XLIFF schemas missing (scripts/ensure-test-tools.sh): schema tests skipped'
	);
if (!hasTranslateToolkit)
	console.warn('translate-toolkit missing (scripts/ensure-test-tools.sh): its tests skipped');

let schemaDir: string | null = null;

/** Copies of the schemas whose `xml.xsd` import points at the local copy, so `--nonet` works. */
function schemas(): string {
	if (schemaDir) return schemaDir;
	const dir = mkdtempSync(join(tmpdir(), 'locdiff-xsd-'));
	copyFileSync(join(SCHEMAS, 'xml.xsd'), join(dir, 'xml.xsd'));
	for (const name of ['xliff-core-1.2-strict.xsd', 'xliff-core-2.0.xsd']) {
		const text = readFileSync(join(SCHEMAS, name), 'utf8');
		writeFileSync(
			join(dir, name),
			text.replace(/schemaLocation="[^"]*xml\.xsd"/, 'schemaLocation="xml.xsd"')
		);
	}
	return (schemaDir = dir);
}

/** xmllint's verdict on an XLIFF file: null when it validates, else its messages. */
export function validateXliff(path: string, version: '1.2' | '2.0'): string | null {
	const schema = join(
		schemas(),
		version === '1.2' ? 'xliff-core-1.2-strict.xsd' : 'xliff-core-2.0.xsd'
	);
	const result = spawnSync('xmllint', ['--noout', '--nonet', '--schema', schema, path], {
		encoding: 'utf8'
	});
	return result.status === 0 ? null : result.stderr.slice(0, 2000);
}

/** The source texts translate-toolkit reads from an XLIFF 1.2 or TMX file. */
export function translateToolkitSources(kind: 'xliff' | 'tmx', path: string): string[] {
	const script = fileURLToPath(new URL('./translate-toolkit-sources.py', import.meta.url));
	const result = spawnSync(PYTHON, [script, kind, path], {
		encoding: 'utf8',
		maxBuffer: 256 * 1024 * 1024
	});
	if (result.status !== 0) throw new Error(`translate-toolkit failed: ${result.stderr}`);
	return JSON.parse(result.stdout) as string[];
}

/**
 * translate-toolkit as a CAT tool: retargets every fifth unit of an XLIFF 1.2 file and writes it
 * with its own serializer to `out`. Returns the new targets by `original`, then segment id.
 */
export function retargetWithTranslateToolkit(
	path: string,
	out: string
): Record<string, Record<string, string>> {
	const script = fileURLToPath(new URL('./translate-toolkit-retarget.py', import.meta.url));
	const result = spawnSync(PYTHON, [script, path, out], {
		encoding: 'utf8',
		maxBuffer: 256 * 1024 * 1024
	});
	if (result.status !== 0) throw new Error(`translate-toolkit failed: ${result.stderr}`);
	return JSON.parse(result.stdout) as Record<string, Record<string, string>>;
}
