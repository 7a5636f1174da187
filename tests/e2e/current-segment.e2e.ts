/**
 * What the cursor's segment shows (issue 13, items 4 and 5): the whole current segment, every
 * wrapped line of it, is highlighted on both sides, in light, dark and forced colors; and the
 * reason of a token or QA problem there is written under the editor, not only on hover.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openRecordedPage } from '../helpers/browser.ts';
import { useBuiltApp } from '../helpers/built-app.ts';
import { chooseCompare, openExamples } from '../helpers/workbench-page.ts';

const app = useBuiltApp();

async function goTo(page: Page, query: string): Promise<void> {
	await page.keyboard.press('Control+g');
	await page.getByRole('dialog', { name: 'Go to segment' }).getByRole('textbox').fill(query);
	await page.keyboard.press('Enter');
	await expect.poll(() => page.getByLabel('Current segment').textContent()).toContain(query);
}

/** Highlighted visual lines per side (a wrapped segment has several). */
function highlightedLines(page: Page, side: 'original' | 'modified'): Promise<number> {
	return page.locator(`.editor.${side} .view-overlays .locdiff-current-row`).count();
}

describe('the current segment', () => {
	for (const media of [
		{ colorScheme: 'light' },
		{ colorScheme: 'dark' },
		{ colorScheme: 'dark', forcedColors: 'active' }
	] as const) {
		it(`is highlighted on both sides, all its wrapped lines (${JSON.stringify(media)})`, async () => {
			const { page } = await openRecordedPage(app.browser, app.server.url);
			await page.emulateMedia(media);
			await openExamples(page);
			// 4c7d1-112 wraps onto three lines on each side at this width.
			await page.setViewportSize({ width: 1366, height: 800 });
			await goTo(page, '4c7d1-112');
			await expect.poll(() => highlightedLines(page, 'modified')).toBeGreaterThan(1);
			await expect.poll(() => highlightedLines(page, 'original')).toBeGreaterThan(1);
			const background = await page
				.locator('.editor.modified .view-overlays .locdiff-current-row')
				.first()
				.evaluate((element) => getComputedStyle(element).backgroundColor);
			expect(background).not.toMatch(/^(transparent|rgba\(0, 0, 0, 0\))$/);
			// Moving on moves the highlight: one row at a time.
			await goTo(page, '4c7d1-110');
			await expect.poll(() => highlightedLines(page, 'modified')).toBe(1);
		});
	}

	it('says why a token or QA problem is there, under the editor, while the cursor is in it', async () => {
		const { page } = await openRecordedPage(app.browser, app.server.url);
		await openExamples(page);
		const message = page.getByTestId('pane-message');
		await goTo(page, '4c7d1-105');
		await expect
			.poll(() => message.textContent(), { timeout: 10_000 })
			.toMatch(
				/^Token check: missing in the translation: number 60; not in the source: number 30\.$/
			);
		await goTo(page, '4c7d1-110');
		await expect.poll(() => message.textContent()).toBe('');
		// Without the token check (another left side), the QA problems of the segment are named.
		await chooseCompare(page, 'Original translation');
		await goTo(page, '4c7d1-106');
		await expect.poll(() => message.textContent()).toMatch(/^QA: Markdown marker "\*\*"/);
	});
});
