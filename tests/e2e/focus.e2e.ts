/**
 * After Go to segment, the Translation editor really holds the focus (issue 13, item 2): typing
 * and a real clipboard paste (navigator.clipboard + Ctrl+V, not a synthetic event) go into the
 * segment that was gone to.
 */
import { describe, expect, it } from 'vitest';
import { openRecordedPage } from '../helpers/browser.ts';
import { useBuiltApp } from '../helpers/built-app.ts';
import { openExamples, readStoredRecord } from '../helpers/workbench-page.ts';

const app = useBuiltApp();

describe('focus after Go to segment', () => {
	it('pastes the real clipboard with Ctrl+V into the segment Ctrl+G went to', async () => {
		const opened = await openRecordedPage(app.browser, app.server.url);
		const { page } = opened;
		await opened.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
			origin: app.server.url
		});
		await openExamples(page);
		await page.keyboard.press('Control+g');
		await page
			.getByRole('dialog', { name: 'Go to segment' })
			.getByRole('textbox')
			.fill('4c7d1-107');
		await page.keyboard.press('Enter');
		await expect
			.poll(() => page.getByLabel('Current segment').textContent())
			.toContain('4c7d1-107');
		await page.evaluate(() => navigator.clipboard.writeText('EINGEFÜGT '));
		await page.keyboard.press('Control+v');
		await page.keyboard.type('GETIPPT ');
		await expect
			.poll(async () =>
				JSON.stringify(await readStoredRecord(page, 'edits:examples/sync-settings.de-DE.md'))
			)
			.toContain('"4c7d1-107","EINGEFÜGT GETIPPT Einstellung"');
	});

	it('types into the translation after Alt+Down moved to the next file', async () => {
		const { page } = await openRecordedPage(app.browser, app.server.url);
		await openExamples(page);
		await page.getByRole('textbox', { name: 'Translation' }).focus();
		await page.keyboard.press('Alt+ArrowDown');
		await expect.poll(() => page.getByLabel('Current segment').textContent()).toMatch(/4c7d1-101/);
		await page.keyboard.type('NEU ');
		await expect
			.poll(async () =>
				JSON.stringify(await readStoredRecord(page, 'edits:examples/sync-settings.uk-UA.md'))
			)
			.toContain('NEU ');
	});
});
