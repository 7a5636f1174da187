import { describe, expect, it } from 'vitest';
import { openRecordedPage } from '../helpers/browser.ts';
import { useBuiltApp } from '../helpers/built-app.ts';
import {
	loadStatus,
	openExamples,
	readStoredRecord,
	waitForLoaded
} from '../helpers/workbench-page.ts';
import {
	EDITED_ID,
	seedEditAndReload,
	UK_PATH,
	waitForSavedWorkspace
} from '../helpers/workbench-seed.ts';

const app = useBuiltApp();

describe('persistence across reloads', () => {
	it('keeps the opened files after a reload without opening them again', async () => {
		const { page } = await openRecordedPage(app.browser, app.server.url);
		await openExamples(page);
		await waitForSavedWorkspace(page, 3);
		await page.reload();
		await expect(waitForLoaded(page)).resolves.toBe('3 files · 39 segments');
		await expect(
			page
				.getByRole('listbox', { name: 'Files' })
				.getByRole('option', { name: /sync-settings\.zh-CN\.md/ })
				.count()
		).resolves.toBe(1);
	});

	it('restores a saved edit, the current file and the cursor after a reload', async () => {
		const { page } = await openRecordedPage(app.browser, app.server.url);
		await openExamples(page);
		await seedEditAndReload(page);
		const option = page
			.getByRole('listbox', { name: 'Files' })
			.getByRole('option', { name: new RegExp(UK_PATH.replaceAll('.', '\\.')) });
		await expect(option.getAttribute('aria-selected')).resolves.toBe('true');
		await expect(option.getAttribute('aria-label')).resolves.toMatch(/edited$/);
		const segment = page.getByLabel('Current segment');
		await expect(segment.textContent()).resolves.toMatch(
			new RegExp(`${EDITED_ID}.*3 / 13.*edited`)
		);
	});

	it('stores a typed translation and shows it again after a reload', async () => {
		const { page } = await openRecordedPage(app.browser, app.server.url);
		await openExamples(page);
		const translation = page.getByRole('textbox', { name: 'Translation' });
		// A missing pane is a failure, never a skip.
		await expect(translation.count()).resolves.toBe(1);
		// Monaco's EditContext element is not 'visible' to playwright; focusing it is what a click does.
		await translation.focus();
		await page.keyboard.press('Control+Home');
		await page.keyboard.press('End');
		await page.keyboard.type(' XYZ');
		const key = 'edits:examples/sync-settings.de-DE.md';
		// How fast it is stored is a figure of `npm run bench:app`, not a test assertion.
		await expect
			.poll(async () => JSON.stringify(await readStoredRecord(page, key)), {
				interval: 20,
				timeout: 2_000
			})
			.toContain('XYZ');
		await page.reload();
		await waitForLoaded(page);
		await expect(page.getByRole('textbox', { name: 'Translation' }).count()).resolves.toBe(1);
		await expect(page.locator('.monaco-editor').last().textContent()).resolves.toContain('XYZ');
	});

	it('shows the load status even before anything is opened', async () => {
		const { page } = await openRecordedPage(app.browser, app.server.url);
		await expect(loadStatus(page).textContent()).resolves.toBe('0 files · 0 segments');
	});
});
