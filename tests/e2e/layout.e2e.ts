/**
 * The layout at common widths (issue 13): the toolbar is one row from 1024 px, the pane header
 * never wraps and shows the whole file name, the export buttons stay buttons from 1280 px, and
 * what moves into the More menu keeps its accessible name and a keyboard path.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { markReturningVisitor } from '../helpers/browser.ts';
import { useBuiltApp } from '../helpers/built-app.ts';
import { folderInput, openExamples, waitForStatus } from '../helpers/workbench-page.ts';

const app = useBuiltApp();
const examplesDir = new URL('../../src/examples/', import.meta.url).pathname;
/** A real-world shape of path that used to fill the header and the list (issue 13). */
const LONG_FOLDER = 'isabella232+mixed-reality-pr.de-de/mixed-reality-docs/de-de/develop/native';
const LONG_NAME = 'holographic-remoting-create-remote-app-openxr.md';
let root = '';

const EXPORTS = ['Export file', 'Export all', 'Export clean', 'Export clean, all files as zip'];
const EVERY_ACTION = [...EXPORTS, 'Export workspace', 'Import workspace', 'Close all'];

beforeAll(() => {
	root = mkdtempSync(join(tmpdir(), 'locdiff-layout-'));
	mkdirSync(join(root, 'docs', LONG_FOLDER), { recursive: true });
	const example = readFileSync(join(examplesDir, 'sync-settings.de-DE.md'));
	writeFileSync(join(root, 'docs', LONG_FOLDER, LONG_NAME), example);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function pageAt(width: number, long = false): Promise<Page> {
	const context = await app.browser.newContext({ viewport: { width, height: 800 } });
	// Not a first visit: the examples would open by themselves while the folder is being set.
	await markReturningVisitor(context);
	const page = await context.newPage();
	await page.goto(app.server.url);
	if (long) {
		await folderInput(page).setInputFiles(join(root, 'docs'));
		await waitForStatus(page, '1 files · 13 segments');
	} else {
		await openExamples(page);
	}
	await page.getByRole('textbox', { name: 'Translation' }).first().waitFor();
	return page;
}

function toolbar(page: Page) {
	return page.getByRole('toolbar', { name: 'Workbench' });
}

/** Height of one row of controls: a button's height. */
async function rowHeight(page: Page): Promise<number> {
	return (await toolbar(page).getByRole('button', { name: 'Export file' }).boundingBox())!.height;
}

describe.each([1024, 1366, 1920])('at %i px', (width) => {
	it('keeps the toolbar on one row', async () => {
		const page = await pageAt(width);
		const box = (await toolbar(page).boundingBox())!;
		expect(box.height).toBeLessThan((await rowHeight(page)) * 1.5);
		expect(box.x + box.width).toBeLessThanOrEqual(width);
		await page.context().close();
	});

	it('keeps the pane header on one line with the whole file name', async () => {
		const page = await pageAt(width, true);
		const header = page.locator('.pane-header');
		const revert = (await header.getByRole('button', { name: 'Revert segment' }).boundingBox())!;
		expect((await header.boundingBox())!.height).toBeLessThan(revert.height * 1.5);
		for (const text of await header.locator('.meta').all()) {
			expect((await text.boundingBox())!.height).toBeLessThan(revert.height);
		}
		const name = header.locator('.name');
		await expect(name.textContent()).resolves.toBe(LONG_NAME);
		// Not cut: the whole name fits in its box (the folder gives way first).
		const cut = await name.evaluate((node) => node.scrollWidth > node.clientWidth);
		expect(cut).toBe(false);
		await page.context().close();
	});

	it('offers every action under its accessible name', async () => {
		const page = await pageAt(width);
		for (const name of EVERY_ACTION) {
			const onBar = await toolbar(page).getByRole('button', { name, exact: true }).count();
			const inMenu = await toolbar(page)
				.getByRole('menuitem', { name, exact: true, includeHidden: true })
				.evaluateAll((nodes) => nodes.filter((node) => getComputedStyle(node).display !== 'none'));
			expect(onBar + inMenu.length, name).toBe(1);
			if (width >= 1280 && EXPORTS.includes(name)) expect(onBar, name).toBe(1);
		}
		await page.context().close();
	});
});

describe('the More menu', () => {
	it('opens from the keyboard, moves with the arrows and closes with Escape', async () => {
		const page = await pageAt(1024);
		const more = toolbar(page).getByRole('button', { name: 'More actions' });
		await expect(more.getAttribute('aria-haspopup')).resolves.toBe('menu');
		await more.focus();
		await page.keyboard.press('Enter');
		await expect(more.getAttribute('aria-expanded')).resolves.toBe('true');
		const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim());
		await expect.poll(focused).toBe('Export clean');
		await page.keyboard.press('ArrowDown');
		await expect.poll(focused).toBe('Export clean (all)');
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowUp');
		await expect.poll(focused).toBe('Close all');
		await page.keyboard.press('Escape');
		await expect(more.getAttribute('aria-expanded')).resolves.toBe('false');
		await expect.poll(focused).toBe('More ▾');
		// An item runs its action: Export clean downloads the current file's clean Markdown.
		await page.keyboard.press('ArrowDown');
		const download = page.waitForEvent('download');
		await page.keyboard.press('Enter');
		expect((await download).suggestedFilename()).toMatch(/\.md$/);
		await expect(more.getAttribute('aria-expanded')).resolves.toBe('false');
		await page.context().close();
	});
});
