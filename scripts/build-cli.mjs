/**
 * Builds the compiled CLI, bin/locdiff.mjs: src/cli/main.ts and everything it imports (the core,
 * jsdiff) bundled into one ES module, so `node bin/locdiff.mjs` starts with no TypeScript compiler
 * and no module resolution at run time. Run by `npm run build`, `npm run build:cli` and `prepare`
 * (so `npm ci` / `npm install` build it). bin/ is not committed.
 *
 * `ensureCliBuilt()` rebuilds only when a source file is newer than the bin: `npm run locdiff`
 * and the tests call it, so they never run a stale build after an edit.
 */
import {
	chmodSync,
	existsSync,
	mkdirSync,
	readdirSync,
	renameSync,
	rmSync,
	statSync
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
/** The compiled CLI; package.json "bin" points here. */
export const BIN = join(root, 'bin', 'locdiff.mjs');
// What the bundle is made of: a change to any of these makes the bin stale.
const SOURCES = [
	join(root, 'src', 'cli'),
	join(root, 'src', 'core'),
	join(root, 'package.json'),
	fileURLToPath(import.meta.url)
];

/**
 * Bundles the CLI into BIN (written under a temporary name, then renamed: never half a file).
 * `logLevel` 'error' keeps a rebuild inside `npm run locdiff` off the command's stderr.
 */
export async function buildCli(logLevel = 'warn') {
	const { build } = await import('vite');
	const outDir = join(root, 'bin', `.build-${process.pid}`);
	try {
		await build({
			configFile: false,
			logLevel,
			publicDir: false,
			build: {
				ssr: join(root, 'src', 'cli', 'main.ts'),
				outDir,
				emptyOutDir: true,
				target: 'node20',
				// Readable stack traces in bug reports matter more than 30 KB.
				minify: false,
				rollupOptions: {
					output: {
						format: 'es',
						entryFileNames: 'locdiff.mjs',
						banner: '#!/usr/bin/env node'
					}
				}
			},
			// One self-contained file: resolving node_modules at start-up costs more than it saves.
			ssr: { noExternal: true, target: 'node' }
		});
		mkdirSync(join(root, 'bin'), { recursive: true });
		renameSync(join(outDir, 'locdiff.mjs'), BIN);
		chmodSync(BIN, 0o755);
	} finally {
		rmSync(outDir, { recursive: true, force: true });
	}
}

/** Builds BIN when it is missing or older than a source file; true when it built. */
export async function ensureCliBuilt() {
	if (existsSync(BIN) && newestChange(SOURCES) <= statSync(BIN).mtimeMs) return false;
	await buildCli('error');
	return true;
}

function newestChange(paths) {
	let newest = 0;
	for (const path of paths) {
		const info = statSync(path, { throwIfNoEntry: false });
		if (!info) continue;
		newest = Math.max(newest, info.mtimeMs);
		if (info.isDirectory())
			newest = Math.max(newest, newestChange(readdirSync(path).map((name) => join(path, name))));
	}
	return newest;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	if (process.argv.includes('--if-stale')) await ensureCliBuilt();
	else await buildCli();
}
