import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openRecordedPage } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import { openExamples, waitForLoaded } from '../helpers/workbench-page.ts';
import { waitForSavedWorkspace } from '../helpers/workbench-seed.ts';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
	server = await serveStatic();
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe('two tabs on one saved workspace', () => {
	it('stops the older tab from saving once another tab has saved, and says so', async () => {
		const { page: first, context } = await openRecordedPage(browser, server.url);
		await openExamples(first);
		await waitForSavedWorkspace(first, 3);
		const second = await context.newPage();
		await second.goto(server.url);
		await waitForLoaded(second);
		// Any save in the second tab: switching file stores the current file.
		await second.getByRole('option', { name: /zh-CN/ }).click();
		const banner = first.getByRole('alert').filter({ hasText: 'another tab' });
		await banner.waitFor({ timeout: 5_000 });
		await expect(banner.textContent()).resolves.toMatch(/stopped saving/);
	});
});
