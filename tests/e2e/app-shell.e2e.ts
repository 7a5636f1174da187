import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { foreignRequests, launchBrowser, openRecordedPage } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

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

describe('the built app', () => {
	it('loads with its heading, no errors and no request leaving the origin', async () => {
		const { page, requests, errors } = await openRecordedPage(browser, server.url);
		await expect(page.getByRole('heading', { name: 'locdiff' }).isVisible()).resolves.toBe(true);
		expect(errors).toEqual([]);
		expect(requests.length).toBeGreaterThan(0);
		expect(foreignRequests(requests, server.url)).toEqual([]);
	});

	it('declares a Content-Security-Policy that allows no remote origin', async () => {
		const { page } = await openRecordedPage(browser, server.url);
		const csp = await page
			.locator('meta[http-equiv="Content-Security-Policy"]')
			.getAttribute('content');
		expect(csp).toContain("default-src 'self'");
		expect(csp).toContain("script-src 'self'");
		expect(csp).not.toMatch(/https?:/);
	});
});
