/**
 * Issue 11 in the app, against the CLI: Export XLIFF writes the CLI's bytes (and xmllint accepts
 * them against the OASIS schemas); a target changed by a script comes back through Import XLIFF
 * as an edit, and Export file then gives the bytes of `locdiff xliff-import`. Import TMX keeps a
 * memory in IndexedDB across reloads until it is removed; a 100,000-unit TMX imports without a
 * long main-thread task (printed, not asserted).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openRecordedPage } from '../helpers/browser.ts';
import { useBuiltApp } from '../helpers/built-app.ts';
import { corpusPath, describeCorpus } from '../helpers/corpus.ts';
import { hasXmllint, validateXliff } from '../helpers/external-tools.ts';
import {
	clickToolbarAction,
	filesInput,
	readStoredRecord,
	waitForLoaded
} from '../helpers/workbench-page.ts';
import { replaceTarget } from '../helpers/xliff-edit.ts';

const app = useBuiltApp();
const CLI = fileURLToPath(new URL('../../scripts/locdiff.mjs', import.meta.url));
const NAME = 'logging.EntityFramework.md';
const UNIT = '6cbe0-105';

/** The CLI as a process, run beside the file so `original` is the same bare name the app uses. */
function cli(cwd: string, ...args: string[]): Buffer {
	const result = spawnSync(process.execPath, [CLI, ...args], { cwd, maxBuffer: 1 << 28 });
	if (result.status !== 0 && result.status !== 1)
		throw new Error(`locdiff ${args.join(' ')}: ${result.stderr.toString()}`);
	return result.stdout;
}

async function download(page: Page, click: () => Promise<void>) {
	const event = page.waitForEvent('download');
	await click();
	const file = await event;
	return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

async function choose(page: Page, action: string, path: string): Promise<void> {
	const chooser = page.waitForEvent('filechooser');
	await clickToolbarAction(page, action);
	await (await chooser).setFiles(path);
}

async function exportXliff(page: Page, version: '1.2' | '2.0') {
	await clickToolbarAction(page, 'Export XLIFF');
	const dialog = page.getByRole('dialog', { name: 'Export XLIFF' });
	await dialog.getByRole('radio', { name: `XLIFF ${version}` }).check();
	return download(page, () => dialog.getByRole('button', { name: 'Export', exact: true }).click());
}

describeCorpus('XLIFF and TMX in the app', () => {
	it('Export XLIFF writes the CLI bytes; a scripted change imports as the CLI xliff-import writes', async () => {
		const file = corpusPath('rich', NAME);
		const dir = dirname(file);
		const { page } = await openRecordedPage(app.browser, app.server.url);
		await filesInput(page).setInputFiles(file);
		await waitForLoaded(page);

		const tmp = mkdtempSync(join(tmpdir(), 'locdiff-interop-'));
		for (const version of ['2.0', '1.2'] as const) {
			const exported = await exportXliff(page, version);
			expect(exported.name).toBe('logging.EntityFramework.xlf');
			expect(exported.bytes.equals(cli(dir, 'xliff', '--version', version, NAME))).toBe(true);
			const path = join(tmp, `app-${version}.xlf`);
			writeFileSync(path, exported.bytes);
			if (hasXmllint) expect(validateXliff(path, version)).toBeNull();
		}

		// The CAT tool's part: change one word of a target that holds codes, keeping them.
		const xml = readFileSync(join(tmp, 'app-1.2.xlf'), 'utf8');
		const line = xml.split('\n').find((l) => l.startsWith(`<trans-unit id="${UNIT}"`)) ?? '';
		const target = /<target[^>]*>([\s\S]*?)<\/target>/.exec(line)?.[1] ?? '';
		expect(target).toContain('automatisch');
		const changed = join(tmp, 'changed.xlf');
		writeFileSync(changed, replaceTarget(xml, UNIT, target.replace('automatisch', 'selbsttätig')));

		await choose(page, 'Import XLIFF', changed);
		const summary = page.getByRole('dialog', { name: 'Import XLIFF' });
		await expect
			.poll(() => summary.getByLabel('Import outcome').textContent())
			.toMatch(/^\s*1 imported · \d+ unchanged · 0 refused\s*$/);
		await summary.getByRole('button', { name: 'Close' }).click();
		// Saved like typing: the edit is in IndexedDB before the export is compared.
		await expect
			.poll(async () => JSON.stringify(await readStoredRecord(page, `edits:${NAME}`)), {
				timeout: 15_000
			})
			.toContain('selbsttätig');
		const sxs = await download(page, () => clickToolbarAction(page, 'Export file'));
		expect(sxs.bytes.equals(cli(dir, 'xliff-import', changed, NAME))).toBe(true);
		expect(sxs.bytes.equals(readFileSync(file))).toBe(false);

		// One undo step: Ctrl+Z outside the editor takes the import back.
		await page
			.getByRole('toolbar', { name: 'Workbench' })
			.getByRole('button', { name: 'Open files' })
			.focus();
		await page.keyboard.press('Control+z');
		await expect
			.poll(async () => JSON.stringify(await readStoredRecord(page, `edits:${NAME}`)), {
				timeout: 15_000
			})
			.not.toContain('selbsttätig');
		await page.screenshot({ path: join(tmpdir(), 'locdiff-interop-import.png') });
	});

	it('Import TMX keeps the memory across reloads until it is removed', async () => {
		const file = corpusPath('rich', NAME);
		const tmp = mkdtempSync(join(tmpdir(), 'locdiff-tmx-'));
		const tmx = join(tmp, 'logging.tmx');
		writeFileSync(tmx, cli(dirname(file), 'tmx', NAME));
		const { page } = await openRecordedPage(app.browser, app.server.url);
		await filesInput(page).setInputFiles(file);
		await waitForLoaded(page);

		await choose(page, 'Import TMX', tmx);
		const rows = () =>
			page.getByRole('table', { name: 'Imported memories' }).getByRole('row').allTextContents();
		await clickToolbarAction(page, 'Memories');
		const dialog = page.getByRole('dialog', { name: 'Memories' });
		await expect.poll(rows, { timeout: 30_000 }).toHaveLength(2);
		const row = (await rows())[1] ?? '';
		expect(row).toContain('logging.tmx');
		expect(row).toContain('en-US → de-DE');
		await page.screenshot({ path: join(tmpdir(), 'locdiff-memories.png') });

		await page.reload();
		await waitForLoaded(page);
		await clickToolbarAction(page, 'Memories');
		await expect.poll(rows, { timeout: 30_000 }).toHaveLength(2);
		await dialog.getByRole('button', { name: 'Remove logging.tmx' }).click();
		await expect.poll(rows).toHaveLength(0);
		await page.reload();
		await waitForLoaded(page);
		await clickToolbarAction(page, 'Memories');
		await dialog.getByText('No memory yet').waitFor();
	});

	it('imports a 100,000-unit TMX in the worker without freezing the tab (figures printed)', async () => {
		const tmp = mkdtempSync(join(tmpdir(), 'locdiff-big-'));
		const tmx = join(tmp, 'big.tmx');
		writeFileSync(tmx, synthesiseTmx(100_000));
		const { page } = await openRecordedPage(app.browser, app.server.url);
		await filesInput(page).setInputFiles(corpusPath('rich', NAME));
		await waitForLoaded(page);
		await page.evaluate(() => {
			const tasks: number[] = [];
			(window as unknown as { longTasks: number[] }).longTasks = tasks;
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries()) tasks.push(entry.duration);
			}).observe({ type: 'longtask', buffered: false });
		});
		const started = Date.now();
		await choose(page, 'Import TMX', tmx);
		await page.getByText('Memory big.tmx: 100,000 entries imported').waitFor({ timeout: 120_000 });
		const seconds = (Date.now() - started) / 1000;
		const longest = await page.evaluate(() =>
			Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks)
		);
		console.log(
			`Import TMX 100,000 units: ${seconds.toFixed(1)} s; longest main-thread task ${longest.toFixed(0)} ms`
		);
		await clickToolbarAction(page, 'Memories');
		const rows = page.getByRole('table', { name: 'Imported memories' }).getByRole('row');
		await expect.poll(() => rows.allTextContents()).toHaveLength(2);
		expect((await rows.allTextContents())[1]).toContain('100,000');
	});
});

function synthesiseTmx(count: number): string {
	const parts = [
		'<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en-US" srclang="en-US" datatype="plaintext"/><body>\n'
	];
	for (let i = 0; i < count; i++)
		parts.push(
			`<tu><tuv xml:lang="en-US"><seg>Sentence ${i} explains <bpt i="1">&lt;b&gt;</bpt>step ${i % 37}<ept i="1">&lt;/b&gt;</ept> of the topic.</seg></tuv><tuv xml:lang="de-DE"><seg>Satz ${i} erklärt <bpt i="1">&lt;b&gt;</bpt>Schritt ${i % 37}<ept i="1">&lt;/b&gt;</ept> des Themas.</seg></tuv></tu>\n`
		);
	parts.push('</body></tmx>\n');
	return parts.join('');
}
