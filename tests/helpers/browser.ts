/**
 * Launches Debian's Chromium through playwright-core (never a downloaded browser) and records
 * every request a page makes, so tests can prove that nothing leaves the page's origin.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags from DEVELOPERS.md: headless, no sandbox as root, no background traffic on a closed network. */
export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run'
];

export function launchBrowser(): Promise<Browser> {
	return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export interface RecordedPage {
	readonly page: Page;
	readonly context: BrowserContext;
	/** Every URL the page requested, in order. */
	readonly requests: string[];
	/** Uncaught page errors and console errors. */
	readonly errors: string[];
}

/**
 * Makes every page of `context` a returning visitor: the app's first-visit flag is set before
 * its scripts run, so the first screen shows (on a very first visit the examples open).
 */
export async function markReturningVisitor(context: BrowserContext): Promise<void> {
	await context.addInitScript(() => {
		try {
			localStorage.setItem('locdiff-visited', '1');
		} catch {
			// about:blank and other opaque origins have no localStorage.
		}
	});
}

/**
 * A fresh context and page at `url`, recording requests and errors. A returning visitor unless
 * `isFirstVisit` (an empty profile that never saw the app: the examples open).
 */
export async function openRecordedPage(
	browser: Browser,
	url: string,
	{
		isFirstVisit = false,
		viewport
	}: { readonly isFirstVisit?: boolean; readonly viewport?: { width: number; height: number } } = {}
): Promise<RecordedPage> {
	const context = await browser.newContext({
		acceptDownloads: true,
		...(viewport && { viewport })
	});
	if (!isFirstVisit) await markReturningVisitor(context);
	const page = await context.newPage();
	const requests: string[] = [];
	const errors: string[] = [];
	page.on('request', (request) => requests.push(request.url()));
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	await page.goto(url);
	return { page, context, requests, errors };
}

/** Requests whose origin is not `origin` (data: and blob: URLs stay on the machine). */
export function foreignRequests(requests: readonly string[], origin: string): string[] {
	return requests.filter((url) => {
		if (url.startsWith('data:') || url.startsWith('blob:')) return false;
		return new URL(url).origin !== new URL(origin).origin;
	});
}
