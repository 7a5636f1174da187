import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { foreignRequests, launchBrowser, openRecordedPage } from '../helpers/browser.ts';
import { serveDiffHarness } from '../helpers/diff-harness.ts';
import type { StaticServer } from '../helpers/static-server.ts';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
	server = await serveDiffHarness();
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe('the Source view', () => {
	it("uses locdiff's diff provider: only token-problem segments are hunks", async () => {
		// Pins the internal diffProviderFactoryService override (monaco-editor 0.57): with the stock
		// provider every row of a two-language file would be a hunk, and the counter would stay 0.
		const { page, requests, errors } = await openRecordedPage(browser, `${server.url}?rows=40`);
		await page.setViewportSize({ width: 1400, height: 700 });
		await page.getByRole('textbox', { name: 'Translation' }).waitFor();
		const pane = page.locator('section.pane');
		await expect.poll(() => pane.getAttribute('data-custom-diffs')).not.toBe('0');
		// Rows 7 and 14 lost their bold markers; rows 1-6 have none.
		await expect
			.poll(() => page.locator('.editor.modified .line-insert').count())
			.toBeGreaterThan(0);
		await expect.poll(() => page.locator('.locdiff-token-missing').count()).toBe(2);
		const hunkTops = await page
			.locator('.editor.modified .line-insert')
			.evaluateAll((nodes) => nodes.map((node) => Math.round(node.getBoundingClientRect().top)));
		const rowSevenTop = await page
			.locator('.editor.modified .line-numbers', { hasText: /^7$/ })
			.evaluate((node) => Math.round(node.getBoundingClientRect().top));
		expect(hunkTops).toContain(rowSevenTop);
		await page.screenshot({ path: '/tmp/diff-source-view.png' });
		expect(errors.filter((error) => !error.includes('404'))).toEqual([]);
		expect(foreignRequests(requests, server.url)).toEqual([]);
	});

	it('keeps segment N level with segment N when lines wrap', async () => {
		const { page } = await openRecordedPage(browser, `${server.url}?rows=40`);
		await page.setViewportSize({ width: 1000, height: 800 });
		await page.getByRole('textbox', { name: 'Translation' }).waitFor();
		await expect.poll(() => page.locator('.locdiff-token-missing').count()).toBeGreaterThan(0);
		const tops = (side: string) =>
			page
				.locator(`.editor.${side} .line-numbers`)
				.evaluateAll((nodes) =>
					Object.fromEntries(
						nodes.map((node) => [
							node.textContent?.trim(),
							Math.round(node.getBoundingClientRect().top)
						])
					)
				);
		const [left, right] = [await tops('original'), await tops('modified')];
		for (const row of ['5', '6', '7', '8', '10']) expect(right[row]).toBe(left[row]);
	});

	it('moves to the next token problem with F7 and back with Shift+F7', async () => {
		const { page } = await openRecordedPage(browser, `${server.url}?rows=40`);
		await page.setViewportSize({ width: 1400, height: 700 });
		const translation = page.getByRole('textbox', { name: 'Translation' });
		await translation.waitFor();
		await expect.poll(() => page.locator('.locdiff-token-missing').count()).toBeGreaterThan(0);
		await translation.focus();
		await page.keyboard.press('F7');
		await expect.poll(() => page.getByTestId('cursor').textContent()).toBe('6:1');
		await page.keyboard.press('F7');
		await expect.poll(() => page.getByTestId('cursor').textContent()).toBe('13:1');
		await page.keyboard.press('Shift+F7');
		await expect.poll(() => page.getByTestId('cursor').textContent()).toBe('6:1');
		await expect(page.locator('.diff-review:visible').count()).resolves.toBe(0);
	});
});
