/**
 * After Go to segment, F7 / Shift+F7, Alt+Down and a click or Enter in the file list, the
 * Translation editor really holds the focus (issue 13, item 2): typing and a real clipboard paste
 * (navigator.clipboard + Ctrl+V, not a synthetic event) go into the segment. Arrow keys in the
 * list move the selection and leave the focus in the list.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openRecordedPage, type RecordedPage } from '../helpers/browser.ts';
import { useBuiltApp } from '../helpers/built-app.ts';
import { openExamples, readStoredRecord } from '../helpers/workbench-page.ts';

const app = useBuiltApp();

async function withClipboard(): Promise<RecordedPage> {
	const opened = await openRecordedPage(app.browser, app.server.url);
	await opened.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
		origin: app.server.url
	});
	return opened;
}

/** Pastes `pasted` from the real clipboard with Ctrl+V, then types `typed`. */
async function pasteAndType(page: Page, pasted: string, typed: string): Promise<void> {
	await page.evaluate((text) => navigator.clipboard.writeText(text), pasted);
	await page.keyboard.press('Control+v');
	await page.keyboard.type(typed);
}

function storedEdits(page: Page, path: string): Promise<string> {
	return readStoredRecord(page, `edits:${path}`).then((record) => JSON.stringify(record));
}

function activeName(page: Page): Promise<string> {
	return page.evaluate(
		() =>
			document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.tagName ?? ''
	);
}

describe('focus after Go to segment', () => {
	it('pastes the real clipboard with Ctrl+V into the segment Ctrl+G went to', async () => {
		const opened = await openRecordedPage(app.browser, app.server.url);
		const { page } = opened;
		await opened.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
			origin: app.server.url
		});
		await openExamples(page);
		await page.keyboard.press('Control+g');
		await page
			.getByRole('dialog', { name: 'Go to segment' })
			.getByRole('textbox')
			.fill('4c7d1-107');
		await page.keyboard.press('Enter');
		await expect
			.poll(() => page.getByLabel('Current segment').textContent())
			.toContain('4c7d1-107');
		await page.evaluate(() => navigator.clipboard.writeText('EINGEFÜGT '));
		await page.keyboard.press('Control+v');
		await page.keyboard.type('GETIPPT ');
		await expect
			.poll(async () =>
				JSON.stringify(await readStoredRecord(page, 'edits:examples/sync-settings.de-DE.md'))
			)
			.toContain('"4c7d1-107","EINGEFÜGT GETIPPT Einstellung"');
	});

	it('types into the translation after Alt+Down moved to the next file', async () => {
		const { page } = await openRecordedPage(app.browser, app.server.url);
		await openExamples(page);
		await page.getByRole('textbox', { name: 'Translation' }).focus();
		await page.keyboard.press('Alt+ArrowDown');
		await expect.poll(() => page.getByLabel('Current segment').textContent()).toMatch(/4c7d1-101/);
		await page.keyboard.type('NEU ');
		await expect
			.poll(async () =>
				JSON.stringify(await readStoredRecord(page, 'edits:examples/sync-settings.uk-UA.md'))
			)
			.toContain('NEU ');
	});

	it('pastes and types into the segment F7 and Shift+F7 went to', async () => {
		const { page } = await withClipboard();
		await openExamples(page);
		await page.getByRole('textbox', { name: 'Translation' }).focus();
		const segment = page.getByLabel('Current segment');
		// F7 in the editor: the first token problem (once the Source view's check is in).
		await expect
			.poll(async () => {
				await page.keyboard.press('F7');
				return segment.textContent();
			})
			.toContain('4c7d1-105');
		await pasteAndType(page, 'F7EINS ', 'F7ZWEI ');
		await expect
			.poll(() => storedEdits(page, 'examples/sync-settings.de-DE.md'))
			.toContain('"4c7d1-105","F7EINS F7ZWEI ');
		// Shift+F7 from outside the editor (the file list): the previous problem, wrapping.
		await page.getByRole('listbox', { name: 'Files' }).focus();
		await page.keyboard.press('Shift+F7');
		await expect.poll(() => segment.textContent()).toContain('4c7d1-106');
		await pasteAndType(page, 'ZURÜCK ', 'HIER ');
		await expect
			.poll(() => storedEdits(page, 'examples/sync-settings.de-DE.md'))
			.toContain('"4c7d1-106","ZURÜCK HIER ');
	});

	it('pastes and types into the file a click or Enter in the list chose; arrows stay in the list', async () => {
		const { page } = await withClipboard();
		await openExamples(page);
		const list = page.getByRole('listbox', { name: 'Files' });
		await list.getByRole('option', { name: /sync-settings\.zh-CN\.md/ }).click();
		await expect.poll(() => activeName(page)).toBe('Translation');
		await pasteAndType(page, '粘贴', '键入');
		await expect
			.poll(() => storedEdits(page, 'examples/sync-settings.zh-CN.md'))
			.toContain('粘贴键入');
		// Arrow keys in the list: the selection moves, the focus stays in the list.
		await list.focus();
		await page.keyboard.press('ArrowUp');
		await expect
			.poll(() => list.getByRole('option', { selected: true }).getAttribute('aria-label'))
			.toMatch(/sync-settings\.uk-UA\.md/);
		expect(await activeName(page)).toBe('Files');
		// Enter on the selected row: into the editor of that file.
		await page.keyboard.press('Enter');
		await expect.poll(() => activeName(page)).toBe('Translation');
		await pasteAndType(page, 'ВСТАВКА ', 'ТЕКСТ ');
		await expect
			.poll(() => storedEdits(page, 'examples/sync-settings.uk-UA.md'))
			.toContain('ВСТАВКА ТЕКСТ ');
	});
});
