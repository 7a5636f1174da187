/**
 * The file list as a translator reads it (issue 13): file names first, natural path order, a
 * splitter with a keyboard path, the current file kept in view, Alt+Up/Down following the list
 * as filtered, files with no segments neutral, and a file's diagnostics counted in its row.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openRecordedPage } from '../helpers/browser.ts';
import { useBuiltApp } from '../helpers/built-app.ts';
import { folderInput, readStoredRecord, waitForStatus } from '../helpers/workbench-page.ts';

const app = useBuiltApp();
const examplesDir = new URL('../../src/examples/', import.meta.url).pathname;
const fixturesDir = new URL('../fixtures/sxs/', import.meta.url).pathname;
let root = '';

/** Opened in this order on disk; the list must show them in natural path order. */
const SORTED_PATHS = [
	'project/anomalies.md',
	'project/de-de/ch1.md',
	'project/de-de/ch2.md',
	'project/de-de/ch10.md',
	'project/empty.md',
	'project/notes.md'
];

beforeAll(() => {
	root = mkdtempSync(join(tmpdir(), 'locdiff-list-'));
	mkdirSync(join(root, 'project/de-de'), { recursive: true });
	const example = readFileSync(join(examplesDir, 'sync-settings.de-DE.md'));
	for (const name of ['ch10.md', 'ch2.md', 'ch1.md']) {
		writeFileSync(join(root, 'project/de-de', name), example);
	}
	writeFileSync(join(root, 'project/notes.md'), '# Notes\n\nPlain Markdown, no segments.\n');
	writeFileSync(join(root, 'project/empty.md'), '');
	writeFileSync(
		join(root, 'project/anomalies.md'),
		readFileSync(join(fixturesDir, 'id-anomalies/input.md'))
	);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function list(page: Page) {
	return page.getByRole('listbox', { name: 'Files' });
}

async function labels(page: Page): Promise<string[]> {
	return list(page)
		.getByRole('option')
		.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label') ?? ''));
}

async function selectedLabel(page: Page): Promise<string> {
	return (
		(await list(page).getByRole('option', { selected: true }).getAttribute('aria-label')) ?? ''
	);
}

async function openProject(page: Page): Promise<void> {
	await folderInput(page).setInputFiles(join(root, 'project'));
	// 3 × 13 example segments + 7 in anomalies.md; the two files without segments are no failures.
	await waitForStatus(page, '6 files · 46 segments');
}

describe('the file list', () => {
	it('lists files in natural path order, name first, folder after it, full path as tooltip', async () => {
		const { page } = await openRecordedPage(app.browser, app.server.url);
		await openProject(page);
		expect((await labels(page)).map((label) => label.split(', ')[0])).toEqual(SORTED_PATHS);
		const row = list(page).getByRole('option', { name: /^project\/de-de\/ch10\.md, 13 segments/ });
		await expect(row.locator('.name').textContent()).resolves.toBe('ch10.md');
		await expect(row.locator('.folder').textContent()).resolves.toBe('project/de-de/');
		await expect(row.getAttribute('title')).resolves.toMatch(/^project\/de-de\/ch10\.md/);
		// The name comes first on the line, the folder after it.
		const name = await row.locator('.name').boundingBox();
		const folder = await row.locator('.folder').boundingBox();
		expect(folder!.x).toBeGreaterThan(name!.x + name!.width - 1);
	});

	it('shows files with no segments neutrally and keeps them out of the failure count', async () => {
		const { page } = await openRecordedPage(app.browser, app.server.url);
		await openProject(page);
		for (const path of ['project/empty.md', 'project/notes.md']) {
			const row = list(page).getByRole('option', { name: new RegExp(`^${path}, `) });
			await expect(row.getAttribute('aria-label')).resolves.toBe(
				`${path}, no segments (not a bilingual file)`
			);
			const colour = await row.evaluate((node) => getComputedStyle(node).color);
			const failed = await page.evaluate(() =>
				getComputedStyle(document.documentElement).getPropertyValue('--danger')
			);
			expect(colour).not.toBe(hexToRgb(failed.trim()));
		}
		await list(page)
			.getByRole('option', { name: /^project\/empty\.md/ })
			.click();
		await page.getByRole('note').filter({ hasText: 'there is nothing to translate' }).waitFor();
		await expect(page.getByRole('note').textContent()).resolves.toMatch(/empty/);
		await list(page)
			.getByRole('option', { name: /^project\/notes\.md/ })
			.click();
		await expect(page.getByRole('note').textContent()).resolves.toMatch(/no bilingual segments/);
		await list(page)
			.getByRole('option', { name: /^project\/de-de\/ch1\.md/ })
			.click();
		await expect(page.getByRole('note').count()).resolves.toBe(0);
	});

	it("counts a file's diagnostics in its row with an accessible name and lists them", async () => {
		const { page } = await openRecordedPage(app.browser, app.server.url);
		await openProject(page);
		const row = list(page).getByRole('option', { name: /^project\/anomalies\.md/ });
		// id-anomalies: one duplicate id (an error) and five warnings (see its expected.json).
		await expect(row.getAttribute('aria-label')).resolves.toBe(
			'project/anomalies.md, 7 segments, 1 error, 5 warnings'
		);
		const badge = row.getByRole('img', { name: '1 error, 5 warnings' });
		await expect(badge.textContent()).resolves.toMatch(/6/);
		await expect(row.getAttribute('title')).resolves.toMatch(/line 2: Segment id a1b2c-101/);
		// The current file's diagnostics open as a list under the file list, from the keyboard too.
		await row.click();
		const summary = page.getByText('1 error, 5 warnings in anomalies.md');
		await summary.focus();
		await page.keyboard.press('Enter');
		const problems = page.getByRole('list', { name: 'Problems in project/anomalies.md' });
		await expect(problems.getByRole('listitem').count()).resolves.toBe(6);
		await expect(problems.getByRole('listitem').nth(1).textContent()).resolves.toMatch(
			/line 2\s+error\s+Segment id a1b2c-101 also appears on line 1/
		);
	});

	it('walks the list as shown with Alt+Up/Down, also when filtered', async () => {
		const { page } = await openRecordedPage(app.browser, app.server.url);
		await openProject(page);
		await list(page)
			.getByRole('option', { name: /^project\/de-de\/ch2\.md/ })
			.click();
		await page.keyboard.press('Alt+ArrowDown');
		await expect.poll(() => selectedLabel(page)).toMatch(/^project\/de-de\/ch10\.md/);
		await page.keyboard.press('Alt+ArrowDown');
		await expect.poll(() => selectedLabel(page)).toMatch(/^project\/empty\.md/);
		await page.getByRole('searchbox', { name: 'Filter files by name' }).fill('ch');
		await page.keyboard.press('Alt+ArrowDown');
		// empty.md is filtered out: Down enters the filtered list at its first file.
		await expect.poll(() => selectedLabel(page)).toMatch(/^project\/de-de\/ch1\.md/);
		await page.keyboard.press('Alt+ArrowDown');
		await expect.poll(() => selectedLabel(page)).toMatch(/^project\/de-de\/ch2\.md/);
		await page.keyboard.press('Alt+ArrowUp');
		await expect.poll(() => selectedLabel(page)).toMatch(/^project\/de-de\/ch1\.md/);
	});

	it('resizes with the splitter, by keyboard and by dragging', async () => {
		const { page } = await openRecordedPage(app.browser, app.server.url);
		await openProject(page);
		const splitter = page.getByRole('separator', { name: 'Resize the file list' });
		await expect(splitter.getAttribute('aria-orientation')).resolves.toBe('vertical');
		const sidebar = page.getByRole('complementary', { name: 'File list' });
		const start = Number(await splitter.getAttribute('aria-valuenow'));
		const startWidth = (await sidebar.boundingBox())!.width;
		await splitter.focus();
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => splitter.getAttribute('aria-valuenow')).toBe(String(start + 32));
		expect((await sidebar.boundingBox())!.width).toBeCloseTo(startWidth + 32, 0);
		await page.keyboard.press('ArrowLeft');
		await expect.poll(() => splitter.getAttribute('aria-valuenow')).toBe(String(start + 16));
		await page.keyboard.press('Home');
		await expect(splitter.getAttribute('aria-valuenow')).resolves.toBe(
			await splitter.getAttribute('aria-valuemin')
		);
		const box = (await splitter.boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + 200);
		await page.mouse.down();
		await page.mouse.move(box.x + box.width / 2 + 100, box.y + 200, { steps: 4 });
		await page.mouse.up();
		const min = Number(await splitter.getAttribute('aria-valuemin'));
		await expect
			.poll(async () => Number(await splitter.getAttribute('aria-valuenow')))
			.toBe(min + 100);
	});

	it('keeps the current file scrolled into view, also after a reload', async () => {
		const many = mkdtempSync(join(tmpdir(), 'locdiff-many-'));
		mkdirSync(join(many, 'big'));
		const example = readFileSync(join(examplesDir, 'sync-settings.de-DE.md'));
		for (let index = 1; index <= 80; index++)
			writeFileSync(join(many, `big/f${index}.md`), example);
		const { page } = await openRecordedPage(app.browser, app.server.url);
		await folderInput(page).setInputFiles(join(many, 'big'));
		// Chromium reads a picked folder's files lazily: remove them only once they are loaded.
		await waitForStatus(page, '80 files · 1040 segments');
		rmSync(many, { recursive: true, force: true });
		// The list is virtualised: Home selects the first file wherever the list is scrolled.
		await list(page).focus();
		await page.keyboard.press('Home');
		await expect.poll(() => selectedLabel(page)).toMatch(/^big\/f1\.md/);
		for (let step = 0; step < 30; step++) await page.keyboard.press('Alt+ArrowDown');
		await expect.poll(() => selectedLabel(page)).toMatch(/^big\/f31\.md/);
		await expectSelectedInView(page);
		// Stored before the reload (a reload's own last-moment flush is the crash test's subject).
		await expect
			.poll(async () => JSON.stringify(await readStoredRecord(page, 'meta')))
			.toContain('"currentFileId":"big/f31.md"');
		await page.reload();
		await waitForStatus(page, '80 files · 1040 segments');
		await expect.poll(() => selectedLabel(page)).toMatch(/^big\/f31\.md/);
		await expectSelectedInView(page);
	});
});

async function expectSelectedInView(page: Page): Promise<void> {
	const viewport = (await list(page).boundingBox())!;
	const row = (await list(page).getByRole('option', { selected: true }).boundingBox())!;
	expect(row.y).toBeGreaterThanOrEqual(viewport.y - 1);
	expect(row.y + row.height).toBeLessThanOrEqual(viewport.y + viewport.height + 1);
}

function hexToRgb(hex: string): string {
	const value = Number.parseInt(hex.replace('#', ''), 16);
	return `rgb(${(value >> 16) & 255}, ${(value >> 8) & 255}, ${value & 255})`;
}
