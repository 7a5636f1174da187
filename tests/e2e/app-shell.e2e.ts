import { describe, expect, it } from 'vitest';
import { foreignRequests, openRecordedPage } from '../helpers/browser.ts';
import { useBuiltApp } from '../helpers/built-app.ts';

const app = useBuiltApp();

describe('the built app', () => {
	it('loads with its heading, no errors and no request leaving the origin', async () => {
		const { page, requests, errors } = await openRecordedPage(app.browser, app.server.url);
		await expect(page.getByRole('heading', { name: 'locdiff' }).isVisible()).resolves.toBe(true);
		expect(errors).toEqual([]);
		expect(requests.length).toBeGreaterThan(0);
		expect(foreignRequests(requests, app.server.url)).toEqual([]);
	});

	it('declares a Content-Security-Policy that allows no remote origin', async () => {
		const { page } = await openRecordedPage(app.browser, app.server.url);
		const csp = await page
			.locator('meta[http-equiv="Content-Security-Policy"]')
			.getAttribute('content');
		expect(csp).toContain("default-src 'self'");
		expect(csp).toContain("script-src 'self'");
		expect(csp).not.toMatch(/https?:/);
	});
});
