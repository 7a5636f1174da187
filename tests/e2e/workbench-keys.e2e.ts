import { describe, expect, it } from 'vitest';
import { openRecordedPage } from '../helpers/browser.ts';
import { useBuiltApp } from '../helpers/built-app.ts';
import { openExamples, chosenCompare, chooseCompare } from '../helpers/workbench-page.ts';

const app = useBuiltApp();

describe('keyboard paths', () => {
	it('moves between files with Alt+Down / Alt+Up and filters the list by name', async () => {
		const { page } = await openRecordedPage(app.browser, app.server.url);
		await openExamples(page);
		const selected = page
			.getByRole('listbox', { name: 'Files' })
			.getByRole('option', { selected: true });
		await expect(selected.getAttribute('aria-label')).resolves.toMatch(/de-DE/);
		await page.keyboard.press('Alt+ArrowDown');
		await expect(selected.getAttribute('aria-label')).resolves.toMatch(/uk-UA/);
		await page.keyboard.press('Alt+ArrowUp');
		await expect(selected.getAttribute('aria-label')).resolves.toMatch(/de-DE/);
		await page.getByRole('searchbox', { name: 'Filter files by name' }).fill('zh');
		await expect(
			page.getByRole('listbox', { name: 'Files' }).getByRole('option').count()
		).resolves.toBe(1);
	});

	it('goes to a segment by id with Ctrl+G and shows it in the status line', async () => {
		const { page } = await openRecordedPage(app.browser, app.server.url);
		await openExamples(page);
		await page.keyboard.press('Control+g');
		const dialog = page.getByRole('dialog', { name: 'Go to segment' });
		await dialog.getByRole('textbox').fill('4c7d1-112');
		await page.keyboard.press('Enter');
		await expect
			.poll(() => page.getByLabel('Current segment').textContent())
			.toMatch(/4c7d1-112.*blockquote.*12 \/ 13/);
		await page.keyboard.press('Control+g');
		await dialog.getByRole('textbox').fill('99');
		await page.keyboard.press('Enter');
		await expect(dialog.getByRole('alert').textContent()).resolves.toMatch(/No segment/);
	});

	it('lists every binding in the shortcuts dialog on ? and F1', async () => {
		const { page } = await openRecordedPage(app.browser, app.server.url);
		await openExamples(page);
		await page.getByRole('listbox', { name: 'Files' }).focus();
		await page.keyboard.press('?');
		const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
		await expect(dialog.getByRole('row').count()).resolves.toBeGreaterThan(12);
		await expect(dialog.textContent()).resolves.toContain('Ctrl+G');
		// F1 straight after Escape opens it again: the close is reported on Escape itself, not by
		// the close event a task later (which once left the state saying "open" and lost the F1).
		await page.keyboard.press('Escape');
		await page.keyboard.press('F1');
		await dialog.waitFor({ state: 'visible', timeout: 5_000 });
		await page.keyboard.press('Escape');
		await dialog.waitFor({ state: 'hidden', timeout: 5_000 });
		// The same, with no time between the two: requestClose() closes as Escape does (cancel
		// now, close a task later), and F1 comes before that task.
		await page.keyboard.press('?');
		await dialog.waitFor({ state: 'visible', timeout: 5_000 });
		await page.evaluate(() => {
			document.querySelector<HTMLDialogElement>('dialog[open]')?.requestClose();
			window.dispatchEvent(new KeyboardEvent('keydown', { key: 'F1', bubbles: true }));
		});
		await page.waitForTimeout(300);
		expect(await dialog.isVisible()).toBe(true);
	});

	it('cycles Compare with through Source, Original translation and the other locales with Alt+C', async () => {
		const { page } = await openRecordedPage(app.browser, app.server.url);
		await openExamples(page);
		await chooseCompare(page, 'Original translation');
		await expect(chosenCompare(page)).resolves.toBe('Original translation');
		// The examples are one document in three locales: the other two follow.
		await page.keyboard.press('Alt+c');
		await expect.poll(() => chosenCompare(page)).toMatch(/^(uk-UA|zh-CN) — examples\//);
		await page.keyboard.press('Alt+c');
		await expect.poll(() => chosenCompare(page)).toMatch(/^(uk-UA|zh-CN) — examples\//);
		await page.keyboard.press('Alt+c');
		await expect.poll(() => chosenCompare(page)).toBe('Source');
	});
});
