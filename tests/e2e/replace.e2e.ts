/**
 * Replace in files (issue 10): a search and replace over several files, exported, then undone.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { openRecordedPage } from '../helpers/browser.ts';
import { useBuiltApp } from '../helpers/built-app.ts';
import { openExamples } from '../helpers/workbench-page.ts';

const app = useBuiltApp();

describe('Replace in files', () => {
	it('replaces in every open file as one step, exports it, and Undo replace takes it back', async () => {
		const { page } = await openRecordedPage(app.browser, app.server.url);
		await openExamples(page);
		await page.getByRole('listbox', { name: 'Files' }).focus();
		await page.keyboard.press('Control+Shift+H');
		const dialog = page.getByRole('dialog', { name: 'Replace in files' });
		await dialog.waitFor();

		// An invalid pattern is a message, never an exception.
		await dialog.getByRole('checkbox', { name: 'Regular expression' }).check();
		await dialog.getByRole('textbox', { name: 'Find' }).fill('Tidewater (');
		await expect(dialog.getByRole('alert').count()).resolves.toBe(1);

		await dialog.getByRole('checkbox', { name: 'Regular expression' }).uncheck();
		await dialog.getByRole('textbox', { name: 'Find' }).fill('Tidewater');
		await dialog.getByRole('textbox', { name: 'Replace' }).fill('Seaside');
		await expect
			.poll(() => dialog.getByRole('list', { name: 'Hits' }).getByRole('listitem').count())
			.toBeGreaterThan(3);
		await dialog.getByRole('button', { name: 'Replace all' }).click();
		await expect
			.poll(() => dialog.getByRole('button', { name: 'Replace all' }).isDisabled())
			.toBe(true);
		await dialog.getByRole('button', { name: 'Close' }).click();

		const zipped = async (): Promise<Record<string, Uint8Array>> => {
			const event = page.waitForEvent('download');
			await page.getByRole('button', { name: 'Export all', exact: true }).click();
			return unzipSync(new Uint8Array(readFileSync(await (await event).path())));
		};
		const replaced = await zipped();
		const texts = Object.values(replaced).map((bytes) => new TextDecoder().decode(bytes));
		expect(texts).toHaveLength(3);
		// Translations changed in every file; the English sources keep their name.
		for (const text of texts) {
			expect(text).toMatch(/data-ttu-id="[^"]+">[^<]*Seaside/);
			expect(text).toContain('data-stu-id="4c7d1-102">Tidewater Notes');
		}

		// Ctrl+Z outside the editor is Undo replace: every file is back to its original bytes.
		await page.getByRole('listbox', { name: 'Files' }).focus();
		await page.keyboard.press('Control+z');
		const undone = await zipped();
		for (const [path, bytes] of Object.entries(undone)) {
			const original = readFileSync(new URL(`../../src/${path}`, import.meta.url));
			expect(Buffer.from(bytes).equals(original)).toBe(true);
		}
	});
});
