/**
 * Builds the diff pane harness (tests/harness/diff) into a temporary folder and serves it, so
 * the pane's e2e tests drive the real component under the app's CSP without the workbench.
 * LOCDIFF_DIFF_HARNESS names a prebuilt harness folder and skips the build.
 */
import { build } from 'vite';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic, type StaticServer } from './static-server.ts';

export async function serveDiffHarness(): Promise<StaticServer> {
	let outDir = process.env.LOCDIFF_DIFF_HARNESS;
	if (!outDir) {
		outDir = await mkdtemp(join(tmpdir(), 'locdiff-diff-harness-'));
		await build({
			root: 'tests/harness/diff',
			configFile: 'vite.config.ts',
			logLevel: 'warn',
			build: { outDir, emptyOutDir: true }
		});
	}
	return serveStatic(outDir);
}
