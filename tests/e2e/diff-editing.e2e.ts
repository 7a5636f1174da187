import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
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

interface Opened {
	readonly page: Page;
	readonly requests: string[];
	readonly errors: string[];
}

async function open(query = '?rows=40'): Promise<Opened> {
	const opened = await openRecordedPage(browser, `${server.url}${query}`);
	await opened.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
		origin: server.url
	});
	await opened.page.setViewportSize({ width: 2200, height: 700 });
	await opened.page.getByRole('textbox', { name: 'Translation' }).waitFor();
	return opened;
}

/** Line count of the Translation model, read through the editor's accessible text. */
async function lineCount(page: Page): Promise<number> {
	return page
		.locator('.editor.modified .view-line')
		.count()
		.then(async () => {
			const label = await page.getByRole('textbox', { name: 'Translation' }).count();
			if (label !== 1) throw new Error('no Translation editor');
			const numbers = await page.locator('.editor.modified .line-numbers').allTextContents();
			return Math.max(...numbers.map(Number).filter(Number.isFinite));
		});
}

async function edits(page: Page): Promise<{ index: number; text: string }[]> {
	const text = await page.getByTestId('edits').textContent();
	return JSON.parse(text ?? '[]') as { index: number; text: string }[];
}

/** Clicks into the Translation side and puts the caret at the end of segment 1. */
async function caretAtEndOfFirstRow(page: Page): Promise<void> {
	await page.getByRole('textbox', { name: 'Translation' }).focus();
	await page.keyboard.press('Control+Home');
	await page.keyboard.press('End');
}

describe('the diff pane keeps one segment per line', () => {
	it('names its two editors Source and Translation', async () => {
		const { page } = await open();
		await expect(page.getByRole('textbox', { name: 'Source' }).count()).resolves.toBe(1);
		await expect(page.getByRole('textbox', { name: 'Translation' }).count()).resolves.toBe(1);
		await page.getByRole('button', { name: /Compare/ }).click();
		await expect(page.getByRole('textbox', { name: 'Original translation' }).count()).resolves.toBe(
			1
		);
	});

	it('does not add a line on Enter, Ctrl+Enter or Shift+Ctrl+Enter', async () => {
		const { page } = await open('?rows=12');
		const before = await lineCount(page);
		await caretAtEndOfFirstRow(page);
		for (const key of ['Enter', 'Control+Enter', 'Control+Shift+Enter', 'Enter']) {
			await page.keyboard.press(key);
		}
		expect(await lineCount(page)).toBe(before);
		expect(await edits(page)).toEqual([]);
	});

	it('inserts a visible newline with Shift+Enter that reaches onedit as \\n', async () => {
		const { page } = await open('?rows=12');
		const before = await lineCount(page);
		await caretAtEndOfFirstRow(page);
		await page.keyboard.press('Shift+Enter');
		await page.keyboard.type('x');
		expect(await lineCount(page)).toBe(before);
		const last = (await edits(page)).at(-1);
		expect(last?.index).toBe(0);
		expect(last?.text.endsWith('ein.\nx')).toBe(true);
		await expect(
			page.locator('.editor.modified .view-line').first().textContent()
		).resolves.toContain('⏎x');
	});

	it('pastes multi-line text into one segment, newlines inside the translation', async () => {
		const { page, requests } = await open('?rows=12');
		const before = await lineCount(page);
		await caretAtEndOfFirstRow(page);
		await page.evaluate(() => navigator.clipboard.writeText(' eins\nzwei\r\ndrei'));
		await page.keyboard.press('Control+V');
		expect(await lineCount(page)).toBe(before);
		const last = (await edits(page)).at(-1);
		expect(last).toEqual({
			index: 0,
			text: expect.stringMatching(/ein\. eins\nzwei\ndrei$/) as string
		});
		await page.screenshot({ path: '/tmp/diff-paste.png' });
		expect(foreignRequests(requests, server.url)).toEqual([]);
	});

	it('keeps the line count through Backspace at a row start, undo and redo', async () => {
		const { page } = await open('?rows=12');
		const before = await lineCount(page);
		await page.getByRole('textbox', { name: 'Translation' }).focus();
		await page.keyboard.press('Control+Home');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Home');
		await page.keyboard.press('Home');
		await page.keyboard.press('Backspace');
		await page.keyboard.type('Neu ');
		await page.evaluate(() => navigator.clipboard.writeText('a\nb'));
		await page.keyboard.press('Control+V');
		expect(await lineCount(page)).toBe(before);
		for (const key of [
			'Control+Z',
			'Control+Z',
			'Control+Z',
			'Control+Y',
			'Control+Y',
			'Control+Z'
		]) {
			await page.keyboard.press(key);
			expect(await lineCount(page)).toBe(before);
		}
	});

	it('repairs an edit that removes a line break (cut across two rows)', async () => {
		const { page } = await open('?rows=12');
		const before = await lineCount(page);
		await caretAtEndOfFirstRow(page);
		await page.keyboard.press('Shift+ArrowDown');
		await page.keyboard.press('Control+X');
		expect(await lineCount(page)).toBe(before);
		await page.keyboard.press('Control+Z');
		expect(await lineCount(page)).toBe(before);
	});

	it("leaves Ctrl+G to the app instead of Monaco's Go to line", async () => {
		const { page } = await open('?rows=12');
		await caretAtEndOfFirstRow(page);
		await page.evaluate(() => {
			document.addEventListener('keydown', (event) => {
				if (event.key.toLowerCase() === 'g' && event.ctrlKey)
					document.body.dataset.ctrlG = 'reached';
			});
		});
		await page.keyboard.press('Control+G');
		await expect.poll(() => page.locator('body').getAttribute('data-ctrl-g')).toBe('reached');
		await expect(page.locator('.quick-input-widget:visible').count()).resolves.toBe(0);
	});

	it('writes an outside change (revert) into the model without echoing it as an edit', async () => {
		const { page } = await open('?rows=12');
		await caretAtEndOfFirstRow(page);
		await page.keyboard.type(' X');
		const count = (await edits(page)).length;
		await page.getByRole('button', { name: 'Revert segment 1' }).click();
		// Monaco reuses view-line nodes in any order and renders spaces as no-break spaces.
		const shownText = async () =>
			(await page.locator('.editor.modified .view-lines').textContent())?.replace(/\u00a0/g, ' ');
		await expect.poll(shownText).not.toContain('ein. X');
		expect((await edits(page)).length).toBe(count);
		await page.getByRole('textbox', { name: 'Translation' }).focus();
		await page.keyboard.press('Control+Z');
		await expect.poll(shownText).toContain('ein. X');
		expect((await edits(page)).at(-1)?.text.endsWith('ein. X')).toBe(true);
	});
});
