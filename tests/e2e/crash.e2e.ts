/**
 * Crash safety (issue 5): an edit typed at least 1 s before the browser process is killed with
 * SIGKILL (no unload, no pagehide, no visibilitychange) is there after a restart with the same
 * profile. Chromium is started here, not through playwright's launcher, so the test holds the
 * real browser pid to kill; playwright attaches over CDP.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, markReturningVisitor } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import { openExamples, waitForLoaded } from '../helpers/workbench-page.ts';
import { waitForSavedWorkspace } from '../helpers/workbench-seed.ts';

let server: StaticServer;
let profile: string;

beforeAll(async () => {
	server = await serveStatic();
	profile = await mkdtemp(join(tmpdir(), 'locdiff-crash-'));
});

afterAll(async () => {
	await server?.close();
	if (profile) await rm(profile, { recursive: true, force: true });
});

interface RunningBrowser {
	readonly process: ChildProcess;
	readonly browser: Browser;
	readonly page: Page;
}

/** Starts Chromium on `profile` and attaches; the DevTools port is read from the profile. */
async function startBrowser(): Promise<RunningBrowser> {
	const portFile = join(profile, 'DevToolsActivePort');
	await rm(portFile, { force: true });
	const child = spawn(
		CHROMIUM_PATH,
		[...CHROMIUM_ARGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
		{ stdio: 'ignore' }
	);
	const port = await waitForPort(portFile);
	const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
	const context = browser.contexts()[0] ?? (await browser.newContext());
	await markReturningVisitor(context);
	const page = context.pages()[0] ?? (await context.newPage());
	return { process: child, browser, page };
}

async function waitForPort(portFile: string): Promise<string> {
	for (let attempt = 0; attempt < 200; attempt++) {
		const text = await readFile(portFile, 'utf8').catch(() => '');
		const port = text.split('\n')[0];
		if (port) return port;
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	throw new Error('Chromium did not write DevToolsActivePort within 10 s');
}

async function kill(running: RunningBrowser): Promise<void> {
	if (running.process.exitCode !== null || running.process.signalCode !== null) return;
	const exited = new Promise((resolve) => running.process.once('exit', resolve));
	running.process.kill('SIGKILL');
	await exited;
}

function translationText(page: Page): Promise<string> {
	return page.evaluate(() =>
		(document.querySelector('.modified .view-lines')?.textContent ?? '').replaceAll('\u00a0', ' ')
	);
}

describe('crash safety', () => {
	it('keeps an edit typed 1 s before the browser process was killed', async () => {
		const first = await startBrowser();
		try {
			await first.page.goto(server.url);
			await openExamples(first.page);
			await waitForSavedWorkspace(first.page, 3);
			await first.page.getByRole('textbox', { name: 'Translation' }).focus();
			await first.page.keyboard.press('Control+Home');
			await first.page.keyboard.type('CRASHPROOF ');
			await new Promise((resolve) => setTimeout(resolve, 1_000));
		} finally {
			await kill(first); // SIGKILL: the page gets no unload, pagehide or visibilitychange
		}

		const second = await startBrowser();
		try {
			await second.page.goto(server.url);
			await expect(waitForLoaded(second.page)).resolves.toBe('3 files · 39 segments');
			await expect.poll(() => translationText(second.page)).toContain('CRASHPROOF ');
		} finally {
			await second.browser.close().catch(() => undefined);
			await kill(second);
		}
	});
});
