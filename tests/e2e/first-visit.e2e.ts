/**
 * The very first visit (issue 13, item 7): a profile that never saw locdiff opens the built-in
 * examples, with a line saying they are examples, so the first screen shows the product working.
 * Once the translator closed everything, or opened real files, they are not forced back.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { openRecordedPage } from '../helpers/browser.ts';
import { useBuiltApp } from '../helpers/built-app.ts';
import {
	clickToolbarAction,
	filesInput,
	loadStatus,
	readStoredRecord,
	waitForLoaded,
	waitForStatus
} from '../helpers/workbench-page.ts';

const app = useBuiltApp();
const REAL_FILE = resolve('tests/fixtures/sxs/merged-p-ids/input.md');

describe('the very first visit', () => {
	it('opens the examples with a line saying so, and not again after Close all', async () => {
		const { page } = await openRecordedPage(app.browser, app.server.url, { isFirstVisit: true });
		await waitForStatus(page, '3 files · 39 segments');
		const note = page.getByRole('note').filter({ hasText: 'Built-in examples' });
		await expect.poll(() => note.count()).toBe(1);
		await expect(page.getByRole('textbox', { name: 'Translation' }).count()).resolves.toBe(1);
		await expect
			.poll(async () => JSON.stringify(await readStoredRecord(page, 'meta')))
			.toContain('examples/sync-settings.de-DE.md');

		await clickToolbarAction(page, 'Close all');
		await page.getByRole('button', { name: 'Discard and close all' }).click();
		await waitForStatus(page, '0 files · 0 segments');
		await page.reload();
		await page.getByRole('button', { name: 'Try the examples' }).waitFor();
		// The storage figure is shown once the (empty) workspace has been restored.
		await page.getByText(/^Storage /).waitFor();
		await expect(loadStatus(page).textContent()).resolves.toBe('0 files · 0 segments');
	});

	it('closes the examples for real files, and a reload keeps only those', async () => {
		const { page } = await openRecordedPage(app.browser, app.server.url, { isFirstVisit: true });
		await waitForStatus(page, '3 files · 39 segments');
		await filesInput(page).setInputFiles(REAL_FILE);
		await expect.poll(() => waitForLoaded(page)).toMatch(/^1 files · \d+ segments$/);
		await expect(
			page.getByRole('note').filter({ hasText: 'Built-in examples' }).count()
		).resolves.toBe(0);
		await expect
			.poll(async () => JSON.stringify(await readStoredRecord(page, 'meta')))
			.not.toContain('examples/');
		await page.reload();
		await expect.poll(() => waitForLoaded(page)).toMatch(/^1 files · \d+ segments$/);
	});
});
