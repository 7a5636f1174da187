/**
 * The installable app offline (issue 5): after one online visit the service worker serves the
 * whole build, so with the network off and the server gone the app still loads, opens files
 * (parse worker), edits in Monaco (editor worker, codicon font) and exports the right bytes.
 * Also: a new build offers Update, which keeps the workspace across the reload.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { encodeSxsText, parseSxsBytes, serializeSxs } from '../../src/core/index.ts';
import { foreignRequests, launchBrowser, markReturningVisitor } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import {
	filesInput,
	openExamples,
	waitForLoaded,
	waitForStatus
} from '../helpers/workbench-page.ts';
import { chooseCompare } from '../helpers/workbench-page.ts';

const UK_FILE = new URL('../../src/examples/sync-settings.uk-UA.md', import.meta.url).pathname;
const TYPED = ' XYZ';

let browser: Browser;
const servers: StaticServer[] = [];
/** Copies of the build that the update test changes. */
const copies: string[] = [];

beforeAll(async () => {
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	// Closing a server the test already stopped is harmless.
	await Promise.all(servers.map((server) => server.close()));
	await Promise.all(copies.map((copy) => rm(copy, { recursive: true, force: true })));
});

async function serve(root?: string): Promise<StaticServer> {
	const server = await serveStatic(root);
	servers.push(server);
	return server;
}

interface Session {
	readonly context: BrowserContext;
	readonly page: Page;
	/** Every URL requested by the page, its workers and the service worker. */
	readonly requests: string[];
	readonly failed: string[];
	/** Uncaught page errors and console errors. */
	readonly errors: string[];
}

/** A fresh context (no service worker yet) whose request log includes the service worker's. */
async function openSession(url: string): Promise<Session> {
	const context = await browser.newContext({ acceptDownloads: true });
	await markReturningVisitor(context);
	const requests: string[] = [];
	const failed: string[] = [];
	context.on('request', (request) => requests.push(request.url()));
	context.on('requestfailed', (request) => failed.push(request.url()));
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	await page.setViewportSize({ width: 1600, height: 900 });
	await page.goto(url);
	return { context, page, requests, failed, errors };
}

/** Waits until the service worker is active, has precached the build and controls the page. */
async function waitForControl(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (navigator.serviceWorker.controller !== null) return;
		await new Promise((done) =>
			navigator.serviceWorker.addEventListener('controllerchange', done, { once: true })
		);
	});
	await page.getByRole('img', { name: /^Works offline/ }).waitFor();
}

/** Types at the end of the first row of the Translation editor. */
async function typeInFirstRow(page: Page, text: string): Promise<void> {
	const translation = page.getByRole('textbox', { name: 'Translation', exact: true });
	// Monaco's EditContext element is not 'visible' to playwright; focusing it is what a click does.
	await translation.focus();
	await page.keyboard.press('Control+Home');
	await page.keyboard.press('End');
	await page.keyboard.type(text);
}

function isCodiconLoaded(page: Page): Promise<boolean> {
	return page.evaluate(() =>
		[...document.fonts].some(
			(font) => font.family.replaceAll('"', '') === 'codicon' && font.status === 'loaded'
		)
	);
}

async function exportFile(page: Page): Promise<Uint8Array> {
	const event = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export file', exact: true }).click();
	return new Uint8Array(await readFile(await (await event).path()));
}

/** What the core writes for the uk-UA example with TYPED added to its first translation. */
async function expectedExport(): Promise<Uint8Array> {
	const parsed = parseSxsBytes(await readFile(UK_FILE));
	if (!parsed.ok) throw new Error('the uk-UA example does not parse');
	const first = parsed.document.segments[0];
	if (first === undefined) throw new Error('the uk-UA example has no segments');
	const edits = new Map([[first.id, first.translation + TYPED]]);
	const { text, refused } = serializeSxs(parsed.document, edits);
	expect(refused).toEqual([]);
	return encodeSxsText(text);
}

describe('offline, after one online visit', () => {
	it('loads, opens a file, edits and exports with the network off and the server stopped', async () => {
		const server = await serve();
		const { context, page, requests, failed, errors } = await openSession(server.url);
		await waitForControl(page);

		await context.setOffline(true);
		await server.close();
		const onlineRequests = requests.length;
		await page.reload();
		await waitForLoaded(page);

		await filesInput(page).setInputFiles(UK_FILE);
		await waitForStatus(page, '1 files · 13 segments');
		await typeInFirstRow(page, TYPED);
		const bytes = await exportFile(page);
		expect(Buffer.from(bytes).equals(Buffer.from(await expectedExport()))).toBe(true);

		// Lazily loaded parts come from the cache too: the app's workers start after the reload (the
		// parse worker for the file opened above, the review worker for Matches), and the find
		// widget draws codicon glyphs. (The comparison with the original translation is locdiff's
		// own word diff now, so Monaco's editor worker is no longer needed for it.)
		await chooseCompare(page, 'Original translation');
		await page.getByRole('textbox', { name: 'Translation', exact: true }).focus();
		await page.keyboard.press('Control+f');
		const offline = (): string[] => requests.slice(onlineRequests);
		const startedOffline = (name: string) =>
			offline().some((url) => new RegExp(`/assets/${name}\\.worker-[\\w-]+\\.js$`).test(url));
		await expect.poll(() => startedOffline('parse')).toBe(true);
		await expect.poll(() => startedOffline('review')).toBe(true);
		await expect.poll(() => isCodiconLoaded(page)).toBe(true);
		expect(failed).toEqual([]);
		expect(errors).toEqual([]);
		expect(foreignRequests(requests, server.url)).toEqual([]);
	});
});

/** Turns a copy of the build into "the next build": a changed index.html that sw.js knows of. */
async function publishNextBuild(root: string): Promise<void> {
	const html = join(root, 'index.html');
	const marker = '<meta name="locdiff-build" content="next" />';
	await writeFile(html, (await readFile(html, 'utf8')).replace('</title>', `</title>${marker}`));
	const sw = join(root, 'sw.js');
	const script = await readFile(sw, 'utf8');
	const next = script.replace(/(url:"index\.html",revision:")\w+"/, '$1next-build"');
	if (next === script) throw new Error('sw.js no longer lists index.html as expected');
	await writeFile(sw, next);
}

describe('a new version', () => {
	it('is offered with Update, which saves the edits and reloads into the new version', async () => {
		const root = await mkdtemp(join(tmpdir(), 'locdiff-pwa-'));
		copies.push(root);
		await cp(resolve(process.env.LOCDIFF_DIST ?? 'dist'), root, { recursive: true });
		const server = await serve(root);
		const { page, requests } = await openSession(server.url);
		await waitForControl(page);
		await openExamples(page);

		await publishNextBuild(root);
		await page.evaluate(async () => {
			const registration = await navigator.serviceWorker.getRegistration();
			await registration?.update();
		});
		const update = page.getByRole('button', { name: 'Update', exact: true });
		await update.waitFor();

		// Typed just before Update, inside the store's save delay: the flush before reloading saves it.
		await typeInFirstRow(page, TYPED);
		const reloaded = page.waitForEvent('load');
		await update.click();
		await reloaded;
		await waitForLoaded(page);

		await expect(page.locator('meta[name="locdiff-build"]').count()).resolves.toBe(1);
		await page
			.getByRole('textbox', { name: 'Translation', exact: true })
			.waitFor({ state: 'attached' });
		await expect(page.locator('.monaco-editor').last().textContent()).resolves.toContain('XYZ');
		await expect(update.count()).resolves.toBe(0);
		expect(foreignRequests(requests, server.url)).toEqual([]);
	});
});
