/**
 * Workbench benchmark in Chromium against a build (not a test): `npx tsx bench/app.bench.ts`.
 * Build first (`vite build`; LOCDIFF_DIST names another folder). Needs ../shared/corpus.
 * Prints each figure beside its target (issues 4 and 13.8). `-- --big-only` (or LOCDIFF_BENCH=big)
 * runs only the 20 MB, 65,000-segment file (big-file.bench-part.ts).
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { parseSxsBytes } from '../src/core/index.ts';
import { launchBrowser, markReturningVisitor } from '../tests/helpers/browser.ts';
import { corpusDir } from '../tests/helpers/corpus.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';
import { measureBigFile, writeBigFile } from './big-file.bench-part.ts';
import { measureSourceView, writeSourceViewFiles } from './source-view.bench-part.ts';
import {
	clickToolbarAction,
	folderInput,
	readStoredRecord,
	waitForLoaded,
	writeStoredRecord
} from '../tests/helpers/workbench-page.ts';

const FILE_COUNT = 3_000;
const RESTORE_EDITS = 10_000;
const isBigOnly = process.argv.includes('--big-only') || process.env.LOCDIFF_BENCH === 'big';

interface Figure {
	readonly name: string;
	readonly value: number;
	readonly target: number;
}

const figures: Figure[] = [];

function report(name: string, value: number, target: number): void {
	figures.push({ name, value, target });
	const verdict = value <= target ? 'ok  ' : 'SLOW';
	console.log(
		`${verdict} ${name.padEnd(44)} ${value.toFixed(0).padStart(6)} ms   target < ${target} ms`
	);
}

function corpusFiles(): string[] {
	if (corpusDir === null) {
		if (isBigOnly) return []; // the big file falls back to generated segments
		throw new Error('../shared/corpus is missing: the benchmark needs it');
	}
	return readdirSync(corpusDir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.md') && entry.name !== 'MANIFEST.md')
		.map((entry) => join(entry.parentPath, entry.name));
}

/** Copies corpus files to `count` paths in 30 folders, e.g. `many/d07/1234-name.md`. */
function synthesize(root: string, files: readonly string[], count: number): string {
	const dir = join(root, 'many');
	for (let i = 0; i < count; i++) {
		const source = files[i % files.length]!;
		const folder = join(dir, `d${String(i % 30).padStart(2, '0')}`);
		mkdirSync(folder, { recursive: true });
		cpSync(source, join(folder, `${i}-${basename(source)}`));
	}
	return dir;
}

/** Corpus files with the most segments, enough of them to hold `edits` edits. */
function restoreSet(
	root: string,
	files: readonly string[],
	edits: number
): { dir: string; ids: Map<string, string[]> } {
	const dir = join(root, 'restore');
	mkdirSync(dir, { recursive: true });
	const ranked = files
		.map((path) => {
			const parsed = parseSxsBytes(readFileSync(path));
			return {
				path,
				ids: parsed.ok ? [...new Set(parsed.document.segments.map((s) => s.id))] : []
			};
		})
		.sort((a, b) => b.ids.length - a.ids.length);
	const ids = new Map<string, string[]>();
	let total = 0;
	for (const { path, ids: segmentIds } of ranked) {
		if (total >= edits) break;
		const take = segmentIds.slice(0, edits - total);
		cpSync(path, join(dir, basename(path)));
		ids.set(`restore/${basename(path)}`, take);
		total += take.length;
	}
	return { dir, ids };
}

async function measureOf(page: Page, name: string): Promise<number> {
	return page.evaluate((measure) => {
		const entries = performance.getEntriesByName(measure);
		return entries.at(-1)?.duration ?? Number.NaN;
	}, name);
}

interface BenchWindow {
	benchLongTasks: { startTime: number; duration: number }[];
	benchChangeAt: number;
}

/**
 * The longest main-thread work from the input's `change` event on. The task that dispatches
 * `change` also holds Chromium building the FileList for playwright's `setInputFiles` (a real
 * folder pick does that in the chooser), so only its part from `change` on is the app's.
 */
async function longestAppTask(page: Page): Promise<{ app: number; chooser: number }> {
	return page.evaluate(() => {
		const { benchLongTasks: tasks, benchChangeAt: changeAt } = window as unknown as BenchWindow;
		let app = 0;
		let chooser = 0;
		for (const task of tasks) {
			const end = task.startTime + task.duration;
			if (end < changeAt) continue;
			if (task.startTime < changeAt) {
				chooser = changeAt - task.startTime;
				app = Math.max(app, end - changeAt);
			} else app = Math.max(app, task.duration);
		}
		return { app, chooser };
	});
}

/** Bench instrumentation injected before the app loads: records long tasks and `change`. */
function recordLongTasks(): void {
	const tasks: { startTime: number; duration: number }[] = [];
	const bench = window as unknown as BenchWindow;
	bench.benchLongTasks = tasks;
	document.addEventListener('change', () => (bench.benchChangeAt = performance.now()), true);
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries())
			tasks.push({ startTime: entry.startTime, duration: entry.duration });
	}).observe({ type: 'longtask', buffered: true });
}

interface StoredMeta {
	readonly fileIds: string[];
	readonly currentFileId: string;
}

/** Waits until the saved workspace lists `fileCount` files (its first save has finished). */
async function waitForMeta(page: Page, fileCount: number): Promise<StoredMeta> {
	const savedAt = Date.now();
	for (;;) {
		const meta = (await readStoredRecord(page, 'meta')) as StoredMeta | undefined;
		if (meta?.fileIds.length === fileCount) {
			console.log(
				`     first save of ${fileCount} files finished ${Date.now() - savedAt} ms after the status`
			);
			return meta;
		}
		if (Date.now() - savedAt > 60_000) throw new Error('the workspace was never saved');
		await page.waitForTimeout(50);
	}
}

async function benchOpen(page: Page, dir: string): Promise<void> {
	const startedAt = await page.evaluate(() => performance.now());
	await folderInput(page).setInputFiles(dir);
	const status = await waitForLoaded(page, 120_000);
	const wall = (await page.evaluate(() => performance.now())) - startedAt;
	console.log(
		`     status: ${status}; wall time including the file chooser: ${wall.toFixed(0)} ms`
	);
	report(
		`open + count ${FILE_COUNT} files (parse to status)`,
		await measureOf(page, 'locdiff:open'),
		1500
	);
	const { app, chooser } = await longestAppTask(page);
	console.log(
		`     (not counted: ${chooser.toFixed(0)} ms of Chromium building the FileList before 'change')`
	);
	report('longest main-thread task from change to status', app, 100);
}

async function benchExportAll(page: Page): Promise<void> {
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export all', exact: true }).click();
	await download;
	report(`Export all (${FILE_COUNT} files, zip)`, await measureOf(page, 'locdiff:export-all'), 500);
}

async function benchEditStored(page: Page): Promise<void> {
	const translation = page.getByRole('textbox', { name: 'Translation' });
	if ((await translation.count()) === 0) {
		console.log('skip edit stored: no Translation editor in this build');
		return;
	}
	const meta = await waitForMeta(page, FILE_COUNT);
	await translation.focus();
	await page.keyboard.press('End');
	const key = `edits:${meta.currentFileId}`;
	await page.keyboard.type('BENCHQ');
	// From the last keystroke until the record holds it; each poll is one IndexedDB read (~5 ms).
	const typedAt = Date.now();
	while (!(JSON.stringify(await readStoredRecord(page, key)) ?? '').includes('BENCHQ')) {
		if (Date.now() - typedAt > 5_000) break;
	}
	report('edit stored after the last keystroke (+ poll)', Date.now() - typedAt, 300);
}

async function benchRestore(
	page: Page,
	restore: { dir: string; ids: Map<string, string[]> }
): Promise<void> {
	await clickToolbarAction(page, 'Close all');
	await page.getByRole('button', { name: 'Discard and close all' }).click();
	await folderInput(page).setInputFiles(restore.dir);
	await waitForLoaded(page, 60_000);
	const fileIds = [...restore.ids.keys()];
	await waitForMeta(page, fileIds.length);
	for (const [id, segmentIds] of restore.ids) {
		const edits = segmentIds.map((segmentId) => [segmentId, `edited ${segmentId}`]);
		await writeStoredRecord(page, `edits:${id}`, { edits, cursor: { index: 0, column: 1 } });
	}
	await page.reload();
	await waitForLoaded(page, 60_000);
	await clickToolbarAction(page, 'Close all');
	const confirm = await page.getByRole('dialog').textContent();
	await page.getByRole('button', { name: 'Keep working' }).click();
	console.log(`     restored: ${/\d+ edits/.exec(confirm ?? '')?.[0] ?? 'unknown'}`);
	report(
		`restore ${RESTORE_EDITS} edits (${fileIds.length} files, reparse included)`,
		await measureOf(page, 'locdiff:restore'),
		500
	);
}

async function main(): Promise<void> {
	const root = mkdtempSync(join(tmpdir(), 'locdiff-bench-'));
	const files = corpusFiles();
	const bigFile = writeBigFile(root, files);
	const server = await serveStatic();
	const browser = await launchBrowser();
	try {
		if (!isBigOnly) await benchManyFiles(browser, server.url, root, files);
		await measureBigFile(browser, server.url, bigFile, report);
	} finally {
		await browser.close();
		await server.close();
		rmSync(root, { recursive: true, force: true });
	}
	const slow = figures.filter((figure) => !(figure.value <= figure.target));
	console.log(
		slow.length === 0 ? 'all figures within target' : `${slow.length} figure(s) over target`
	);
}

/** Issue 4's figures: 3,000 files, the Source view, Export all, saving and restoring edits. */
async function benchManyFiles(
	browser: Browser,
	url: string,
	root: string,
	files: readonly string[]
): Promise<void> {
	const manyDir = synthesize(root, files, FILE_COUNT);
	const restore = restoreSet(root, files, RESTORE_EDITS);
	const sourceViewFiles = writeSourceViewFiles(root, files);
	const context = await browser.newContext({
		acceptDownloads: true,
		viewport: { width: 1280, height: 800 }
	});
	await context.addInitScript(recordLongTasks);
	// The figures start from an empty workspace, not a first visit's examples.
	await markReturningVisitor(context);
	const page = await context.newPage();
	await page.goto(url);
	await waitForLoaded(page);
	await measureSourceView(page, sourceViewFiles, report);
	await clickToolbarAction(page, 'Close all');
	await page.getByRole('button', { name: 'Discard and close all' }).click();
	await benchOpen(page, manyDir);
	await benchExportAll(page);
	await benchEditStored(page);
	await benchRestore(page, restore);
	await context.close();
}

await main();
