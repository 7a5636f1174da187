/**
 * Part of `npm run bench:app`: one big file (issue 13, item 8). A synthesised ~20 MB sxs file of
 * 65,000 segments (corpus segments repeated, or generated text when ../shared is absent) is
 * opened in a fresh page; the figures are the status count, the first segment on screen, the
 * longest main-thread task from the input's `change` until the page is idle, Go to the last
 * segment (Ctrl+G), how much of the overview rulers is painted, and the longest task while
 * typing there. `--big-only` runs just this.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { parseSxsBytes } from '../src/core/index.ts';
import {
	clickToolbarAction,
	filesInput,
	loadStatus,
	waitForLoaded
} from '../tests/helpers/workbench-page.ts';

const SEGMENTS = 65_000;
/** The page counts as idle after this long without a long task, in ms. */
const IDLE_AFTER_MS = 3_000;

type Report = (name: string, value: number, target: number) => void;

interface Pair {
	readonly translation: string;
	readonly source: string;
}

/** Segments of the corpus files, or generated ones when there is no corpus. */
function segmentPairs(corpusFiles: readonly string[]): Pair[] {
	const pairs: Pair[] = [];
	for (const path of corpusFiles) {
		const parsed = parseSxsBytes(new Uint8Array(readFileSync(path)));
		if (parsed.ok) pairs.push(...parsed.document.segments);
	}
	if (pairs.length > 0) return pairs;
	return Array.from({ length: 500 }, (_, i) => ({
		translation: `Wählen Sie **Einstellungen** und dann \`option-${i}\` (Schritt ${i}) für die Konfiguration des Kontos aus.`,
		source: `Select **Settings** and then \`option-${i}\` (step ${i}) to configure the account.`
	}));
}

/** Writes `big/big.md` (65,000 segments, one paragraph each, a heading every 50); returns it. */
export function writeBigFile(root: string, corpusFiles: readonly string[]): string {
	const pairs = segmentPairs(corpusFiles);
	const dir = join(root, 'big');
	mkdirSync(dir, { recursive: true });
	const parts: string[] = ['---\ntitle: Big file\nms.locale: de-de\n---\n'];
	for (let i = 0; i < SEGMENTS; i++) {
		const pair = pairs[i % pairs.length]!;
		const id = `b16f1-${101 + i}`;
		const span = `<span data-ttu-id="${id}">${pair.translation}</span><span class="sxs-lookup"><span data-stu-id="${id}">${pair.source}</span></span>`;
		parts.push(i % 50 === 0 ? `## ${span}` : span);
	}
	const path = join(dir, 'big.md');
	writeFileSync(path, parts.join('\n\n') + '\n');
	return path;
}

/** Space-free start of a text: Monaco renders spaces as U+00A0, so match what has none. */
function probe(text: string): string {
	return (text.split(/\s/).find((word) => word.length >= 4) ?? text).slice(0, 24);
}

interface BigWindow {
	bigLongTasks: { startTime: number; duration: number }[];
	bigChangeAt: number;
	bigCountsAt: number;
	bigShownAt: number;
}

/** Injected before the app loads: long tasks, the `change` time, status and first text shown. */
function watchBigOpen(expected: { status: string; firstText: string }): void {
	const bench = window as unknown as BigWindow;
	bench.bigLongTasks = [];
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries())
			bench.bigLongTasks.push({ startTime: entry.startTime, duration: entry.duration });
	}).observe({ type: 'longtask', buffered: true });
	document.addEventListener('change', () => (bench.bigChangeAt = performance.now()), true);
	const observer = new MutationObserver(() => {
		if (!bench.bigChangeAt) return;
		const now = performance.now();
		if (!bench.bigCountsAt) {
			const status = document.querySelector('.status-bar [role=status]')?.textContent?.trim();
			if (status === expected.status) bench.bigCountsAt = now;
		}
		if (!bench.bigShownAt) {
			const lines = document.querySelector('.editor.modified .view-lines')?.textContent ?? '';
			if (lines.replace(/\u00a0/g, ' ').includes(expected.firstText)) bench.bigShownAt = now;
		}
		if (bench.bigCountsAt && bench.bigShownAt) observer.disconnect();
	});
	observer.observe(document, { subtree: true, childList: true, characterData: true });
}

/** Waits until IDLE_AFTER_MS pass without a new long task (at most 90 s). */
async function waitForIdle(page: Page): Promise<void> {
	const startedAt = Date.now();
	let seen = -1;
	let quietSince = Date.now();
	while (Date.now() - startedAt < 90_000) {
		const count = await page.evaluate(() => (window as unknown as BigWindow).bigLongTasks.length);
		if (count !== seen) [seen, quietSince] = [count, Date.now()];
		else if (Date.now() - quietSince >= IDLE_AFTER_MS) return;
		await page.waitForTimeout(250);
	}
}

/** Long tasks ending after `change`, clipped to it (the FileList is built before it). */
async function longTasksSinceChange(page: Page): Promise<number[]> {
	return page.evaluate(() => {
		const { bigLongTasks: tasks, bigChangeAt: changeAt } = window as unknown as BigWindow;
		return tasks
			.filter((task) => task.startTime + task.duration > changeAt)
			.map((task) => task.startTime + task.duration - Math.max(task.startTime, changeAt));
	});
}

/**
 * Share (0–1) of an overview ruler's pixel rows that hold any mark, for the worst ruler. A
 * column painted in every row is the ruler's border, not a mark, and is left out.
 */
function paintedOverview(page: Page): Promise<{ rulers: number; painted: number }> {
	return page.evaluate(() => {
		const canvases = [
			...document.querySelectorAll<HTMLCanvasElement>(
				'canvas.decorationsOverviewRuler, canvas.diffOverviewRuler'
			)
		].filter((canvas) => canvas.width > 0 && canvas.height > 0);
		let painted = 0;
		for (const canvas of canvases) {
			const { width, height } = canvas;
			const pixels = canvas.getContext('2d')?.getImageData(0, 0, width, height).data;
			if (!pixels) continue;
			// Plain loops: a named arrow here would need tsx's __name helper inside the page.
			const painted2d: boolean[][] = [];
			for (let y = 0; y < height; y++) {
				painted2d.push([]);
				for (let x = 0; x < width; x++) painted2d[y]!.push(pixels[(y * width + x) * 4 + 3]! > 0);
			}
			const columns: number[] = [];
			for (let x = 0; x < width; x++) {
				if (painted2d.some((row) => !row[x])) columns.push(x);
			}
			let rows = 0;
			for (const row of painted2d) if (columns.some((x) => row[x])) rows++;
			painted = Math.max(painted, rows / height);
		}
		return { rulers: canvases.length, painted };
	});
}

/** Overview-ruler marks the app set last (its `locdiff:overview-marks` User Timing mark). */
function overviewMarks(page: Page): Promise<number> {
	return page.evaluate(() => {
		const mark = performance.getEntriesByName('locdiff:overview-marks').at(-1) as
			PerformanceMark | undefined;
		return typeof mark?.detail === 'number' ? mark.detail : Number.NaN;
	});
}

interface GoToWindow {
	goToPressedAt: number;
	goToShownAt: number;
}

/** Ctrl+G to the last segment: from the Enter that submits until its text is on screen. */
async function goToLast(page: Page, lastText: string): Promise<number> {
	await page.keyboard.press('Control+g');
	const dialog = page.getByRole('dialog', { name: 'Go to segment' });
	await dialog.getByRole('textbox').fill(String(SEGMENTS));
	await page.evaluate(() => {
		const bench = window as unknown as GoToWindow;
		bench.goToPressedAt = 0;
		document.addEventListener(
			'keydown',
			(event) => {
				if (event.key === 'Enter') bench.goToPressedAt = performance.now();
			},
			{ capture: true, once: true }
		);
	});
	await page.keyboard.press('Enter');
	// Polled once a frame in the page: "shown" means its text is in a painted frame.
	await page.waitForFunction(
		({ text, position }) => {
			const lines = document.querySelector('.editor.modified .view-lines')?.textContent ?? '';
			const status = document.querySelector('[aria-label="Current segment"]')?.textContent;
			if (!lines.replace(/\u00a0/g, ' ').includes(text) || !status?.includes(position))
				return false;
			(window as unknown as GoToWindow).goToShownAt = performance.now();
			return true;
		},
		{ text: lastText, position: `${SEGMENTS} / ` },
		{ polling: 'raf', timeout: 30_000 }
	);
	return page.evaluate(() => {
		const bench = window as unknown as GoToWindow;
		return bench.goToShownAt - bench.goToPressedAt;
	});
}

/**
 * Types 20 keys into the segment Go to left the cursor in, one per 80 ms (a fast typist), and
 * waits for the saves and the token check after them; the longest main-thread task from the
 * first key until then, 0 when none reached 50 ms (the long-task threshold).
 */
async function longestWhileTyping(page: Page): Promise<number> {
	const startedAt = await page.evaluate(() => performance.now());
	for (const key of 'Neue Zeile, getippt.') await page.keyboard.type(key, { delay: 80 });
	await page.waitForTimeout(1_500);
	const lines = await page.locator('.editor.modified .view-lines').textContent();
	if (!lines?.replace(/\u00a0/g, ' ').includes('Neue Zeile, getippt.'))
		throw new Error('the keys typed in the big file are not on screen');
	const tasks = await page.evaluate(
		(since) =>
			(window as unknown as BigWindow).bigLongTasks
				.filter((task) => task.startTime + task.duration > since)
				.map((task) => task.duration),
		startedAt
	);
	return Math.max(0, ...tasks);
}

export async function measureBigFile(
	browser: Browser,
	url: string,
	path: string,
	report: Report
): Promise<void> {
	const parsed = parseSxsBytes(new Uint8Array(readFileSync(path)));
	if (!parsed.ok) throw new Error('the synthesised big file does not parse');
	const segments = parsed.document.segments;
	const megabytes = statSync(path).size / 1e6;
	console.log(`     big file: ${megabytes.toFixed(1)} MB, ${segments.length} segments`);
	const context = await browser.newContext({ viewport: { width: 1366, height: 800 } });
	await context.addInitScript(watchBigOpen, {
		status: `1 files · ${segments.length} segments`,
		firstText: probe(segments[0]!.translation)
	});
	try {
		const page = await context.newPage();
		await page.goto(url);
		await waitForLoaded(page);
		// A first visit may open the examples: start from an empty workspace.
		if (!(await loadStatus(page).textContent())?.startsWith('0 files')) {
			await clickToolbarAction(page, 'Close all');
			const discard = page.getByRole('button', { name: 'Discard and close all' });
			if (await discard.isVisible()) await discard.click();
		}
		await waitForLoaded(page);
		await filesInput(page).setInputFiles(path);
		await page.waitForFunction(
			() => {
				const bench = window as unknown as BigWindow;
				return bench.bigCountsAt > 0 && bench.bigShownAt > 0;
			},
			undefined,
			{ timeout: 120_000 }
		);
		const times = await page.evaluate(() => {
			const bench = window as unknown as BigWindow;
			return {
				counts: bench.bigCountsAt - bench.bigChangeAt,
				shown: bench.bigShownAt - bench.bigChangeAt
			};
		});
		report('big file: counts in the status', times.counts, 1500);
		report('big file: first segment shown', times.shown, 1500);
		await waitForIdle(page);
		const tasks = await longTasksSinceChange(page);
		const over = tasks.filter((task) => task > 200).map((task) => task.toFixed(0));
		console.log(
			`     ${tasks.length} long tasks until idle; over 200 ms: ${over.join(', ') || 'none'}`
		);
		report('big file: longest main-thread task until idle', Math.max(0, ...tasks), 200);
		const ruler = await paintedOverview(page);
		console.log(
			`     overview rulers: ${ruler.rulers}, worst painted ${(ruler.painted * 100).toFixed(0)} % of its height; marks set: ${await overviewMarks(page)}`
		);
		const before = (await longTasksSinceChange(page)).length;
		report(
			'big file: Go to the last segment (Ctrl+G)',
			await goToLast(page, probe(segments.at(-1)!.translation)),
			100
		);
		const goTasks = (await longTasksSinceChange(page)).slice(before);
		console.log(
			`     long tasks during Go to: ${goTasks.map((task) => task.toFixed(0)).join(', ') || 'none'}`
		);
		// 100 ms: the answer to a key feels immediate below it (RAIL's response budget).
		report('big file: longest task while typing 20 keys', await longestWhileTyping(page), 100);
	} finally {
		await context.close();
	}
}
