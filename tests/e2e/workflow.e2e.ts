/**
 * Confirm and next (issue 10): Ctrl+Enter marks the segment done and moves to the next
 * unconfirmed one, into the next file at the end of a file; Progress counts it and survives a
 * reload.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openRecordedPage } from '../helpers/browser.ts';
import { useBuiltApp } from '../helpers/built-app.ts';
import { openExamples, readStoredRecord, waitForStatus } from '../helpers/workbench-page.ts';

const app = useBuiltApp();

const progress = (page: Page) => page.getByRole('progressbar', { name: 'Progress' });
const selectedFile = (page: Page) =>
	page
		.getByRole('listbox', { name: 'Files' })
		.getByRole('option', { selected: true })
		.getAttribute('aria-label');

describe('confirm and next', () => {
	it('confirms over two files with Progress following, and keeps it after a reload', async () => {
		const { page } = await openRecordedPage(app.browser, app.server.url);
		await openExamples(page);
		await expect(progress(page).getAttribute('aria-valuemax')).resolves.toBe('39');
		await expect(progress(page).getAttribute('aria-valuenow')).resolves.toBe('0');
		await expect(selectedFile(page)).resolves.toMatch(/de-DE/);

		await page.getByRole('textbox', { name: 'Translation' }).focus();
		await page.keyboard.press('Control+Home');
		for (let i = 0; i < 13; i++) await page.keyboard.press('Control+Enter');
		// The whole first file is confirmed: the cursor went on into the next file.
		await expect.poll(() => progress(page).getAttribute('aria-valuenow')).toBe('13');
		await expect.poll(() => selectedFile(page)).toMatch(/uk-UA/);
		await expect(page.getByLabel('Current segment').textContent()).resolves.toContain('1 / 13');

		await page.keyboard.press('Control+Enter');
		await expect.poll(() => progress(page).getAttribute('aria-valuenow')).toBe('14');
		await expect(page.getByLabel('Current segment').textContent()).resolves.toContain('2 / 13');

		// Stored (the reload's own flush is the crash test's subject, not this one's).
		await expect
			.poll(async () =>
				JSON.stringify(await readStoredRecord(page, 'edits:examples/sync-settings.uk-UA.md'))
			)
			.toContain('~confirmed:');
		await page.reload();
		await waitForStatus(page, '3 files · 39 segments');
		await expect.poll(() => progress(page).getAttribute('aria-valuenow')).toBe('14');
	});

	it('takes the mark away when a confirmed segment is edited again', async () => {
		const { page } = await openRecordedPage(app.browser, app.server.url);
		await openExamples(page);
		await page.getByRole('textbox', { name: 'Translation' }).focus();
		await page.keyboard.press('Control+Home');
		await page.keyboard.press('Control+Enter');
		await expect.poll(() => progress(page).getAttribute('aria-valuenow')).toBe('1');
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('End');
		await page.keyboard.type('!');
		await expect.poll(() => progress(page).getAttribute('aria-valuenow')).toBe('0');
		await expect(page.getByLabel('Current segment').textContent()).resolves.toContain('edited');
	});
});
