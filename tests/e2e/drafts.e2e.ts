/**
 * Typing that the core refuses (issue 13, item 6): typing `<span` into a translation keeps what
 * was typed, with one marker and one message for that segment (not one per key), saves it as a
 * draft that a reload brings back, and Export keeps the last valid translation.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openRecordedPage } from '../helpers/browser.ts';
import { useBuiltApp } from '../helpers/built-app.ts';
import { openExamples, readStoredRecord, waitForLoaded } from '../helpers/workbench-page.ts';

const app = useBuiltApp();
const DE_KEY = 'edits:examples/sync-settings.de-DE.md';

/** The Translation side's text, spaces normalised (Monaco renders them as U+00A0). */
function translationText(page: Page): Promise<string> {
	return page.evaluate(() =>
		(document.querySelector('.modified .view-lines')?.textContent ?? '').replaceAll('\u00a0', ' ')
	);
}

describe('drafts of translations the core refuses', () => {
	it('typing <span into a translation leaves one marker and one message and a reload keeps the draft', async () => {
		// Wide enough that the segment fits on one screen line: its one marker is then one gutter
		// element (a wrapped segment has one per screen line).
		const { page } = await openRecordedPage(app.browser, app.server.url, {
			viewport: { width: 1920, height: 900 }
		});
		await openExamples(page);
		await page.getByRole('textbox', { name: 'Translation' }).focus();
		await page.keyboard.press('Control+Home');
		await page.keyboard.press('End');
		await page.keyboard.type(' <span class="x">');
		await expect.poll(() => translationText(page)).toContain('<span class="x">');
		// Exactly what was typed: no key was undone (the old junk read `<spanx">`).
		expect(await translationText(page)).not.toContain('<spanx');
		await expect.poll(() => page.locator('.modified .locdiff-draft-gutter').count()).toBe(1);
		const message = page.getByTestId('pane-message');
		await expect
			.poll(() => message.textContent())
			.toMatch(/^Draft, not saved as an edit: .*<span>/);
		// No banner per refused key: the Messages region holds no notice about it.
		await expect(page.getByRole('region', { name: 'Messages' }).count()).resolves.toBe(0);
		await expect
			.poll(async () => JSON.stringify(await readStoredRecord(page, DE_KEY)), { timeout: 10_000 })
			.toContain('"~draft:4c7d1-101"');

		// Export keeps the last valid translation and names the invalid segment.
		const download = page.waitForEvent('download');
		await page.keyboard.press('Control+s');
		const stream = await (await download).createReadStream();
		const chunks: Buffer[] = [];
		for await (const chunk of stream) chunks.push(chunk as Buffer);
		expect(Buffer.concat(chunks).toString('utf8')).not.toContain('class="x"');
		await expect
			.poll(() => page.getByRole('region', { name: 'Messages' }).textContent())
			.toMatch(/Invalid segments exported .*sync-settings\.de-DE\.md: 4c7d1-101/);

		await page.reload();
		await waitForLoaded(page);
		await expect.poll(() => translationText(page)).toContain('<span class="x">');
		await expect.poll(() => page.locator('.modified .locdiff-draft-gutter').count()).toBe(1);
		// Closing the tag makes it a valid edit: the marker goes and the edit is stored.
		await page.getByRole('textbox', { name: 'Translation' }).focus();
		await page.keyboard.press('Control+Home');
		await page.keyboard.press('End');
		await page.keyboard.type('fett</span>');
		await expect.poll(() => page.locator('.modified .locdiff-draft-gutter').count()).toBe(0);
		await expect
			.poll(async () => JSON.stringify(await readStoredRecord(page, DE_KEY)), { timeout: 10_000 })
			.toMatch(/"4c7d1-101","[^"]*<span class=\\"x\\">fett<\/span>"/);
	});

	it('the Enter hint goes once the cursor moves on', async () => {
		const { page } = await openRecordedPage(app.browser, app.server.url);
		await openExamples(page);
		await page.getByRole('textbox', { name: 'Translation' }).focus();
		await page.keyboard.press('Enter');
		const message = page.getByTestId('pane-message');
		await expect.poll(() => message.textContent()).toMatch(/Shift\+Enter/);
		await page.keyboard.press('ArrowDown');
		await expect.poll(() => message.textContent()).not.toMatch(/Shift\+Enter/);
	});
});
