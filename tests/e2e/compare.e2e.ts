/**
 * Compare with (issue 9): the diff's left side shows another open file of the same document,
 * aligned row by row: another locale, or another version.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openRecordedPage } from '../helpers/browser.ts';
import { useBuiltApp } from '../helpers/built-app.ts';
import { chooseCompare, chosenCompare, compareWith } from '../helpers/workbench-page.ts';
import { folderInput, openExamples, waitForStatus } from '../helpers/workbench-page.ts';

const app = useBuiltApp();
const examples = new URL('../../src/examples/', import.meta.url);
const leftSide = (page: Page) => page.locator('.monaco-editor').first();

describe('Compare with', () => {
	it('lists the other locales of the document and shows one aligned with the translation', async () => {
		const { page } = await openRecordedPage(app.browser, app.server.url);
		await openExamples(page);
		const labels = await compareWith(page).locator('option').allTextContents();
		expect(labels).toEqual([
			'Source',
			'Original translation',
			'uk-UA — examples/sync-settings.uk-UA.md',
			'zh-CN — examples/sync-settings.zh-CN.md'
		]);
		await chooseCompare(page, 'uk-UA — examples/sync-settings.uk-UA.md');
		await expect.poll(() => leftSide(page).textContent()).toContain('синхронізації');
		await expect(
			page.getByRole('textbox', { name: 'uk-UA — examples/sync-settings.uk-UA.md' }).count()
		).resolves.toBe(1);
		// Alt+Insert copies the other locale's text of this segment in, as an ordinary edit.
		await page.getByRole('textbox', { name: 'Translation' }).focus();
		await page.keyboard.press('Control+Home');
		await page.keyboard.press('Alt+Insert');
		await expect
			.poll(() => page.locator('.monaco-editor').last().textContent())
			.toContain('синхронізації');
	});

	it('compares with another version of the file, opened from another folder', async () => {
		const root = mkdtempSync(join(tmpdir(), 'locdiff-compare-'));
		const text = readFileSync(new URL('sync-settings.de-DE.md', examples), 'utf8');
		mkdirSync(join(root, 'v1'));
		mkdirSync(join(root, 'v2'));
		writeFileSync(join(root, 'v1/sync-settings.de-DE.md'), text);
		writeFileSync(
			join(root, 'v2/sync-settings.de-DE.md'),
			// A version: a source changed too (the same sources would make it a colleague's copy).
			text
				.replace('Wählen Sie Speichern aus.', 'Wählen Sie **Speichern** aus.')
				.replace('Select **Save**.', 'Select **Save** now.')
		);
		const { page } = await openRecordedPage(app.browser, app.server.url);
		await folderInput(page).setInputFiles(root);
		await waitForStatus(page, '2 files · 26 segments');
		await page
			.getByRole('listbox', { name: 'Files' })
			.getByRole('option', { name: /\/v1\/sync-settings/ })
			.click();
		const version = await compareWith(page)
			.locator('option')
			.filter({ hasText: 'Other version' })
			.textContent();
		expect(version).toMatch(/^Other version — .*v2\/sync-settings\.de-DE\.md$/);
		await chooseCompare(page, version ?? '');
		await expect(chosenCompare(page)).resolves.toBe(version);
		await expect.poll(() => leftSide(page).textContent()).toContain('**Speichern**');
	});

	it('marks a changed word whole against Original translation, not the letter that differs', async () => {
		const { page } = await openRecordedPage(app.browser, app.server.url);
		await openExamples(page);
		await chooseCompare(page, 'Original translation');
		// Segment 106 reads "Wählen Sie Speichern aus."; its first word becomes "Wählem".
		await page.keyboard.press('Control+g');
		await page
			.getByRole('dialog', { name: 'Go to segment' })
			.getByRole('textbox')
			.fill('4c7d1-106');
		await page.keyboard.press('Enter');
		await expect
			.poll(() => page.getByLabel('Current segment').textContent())
			.toContain('4c7d1-106');
		await page.keyboard.press('Control+Shift+ArrowRight');
		await page.keyboard.type('Wählem');
		const marks = page.locator('.editor.modified .char-insert');
		await expect.poll(() => marks.count(), { timeout: 15_000 }).toBe(1);
		// The mark covers the whole word as drawn: its width is the word's, not one letter's.
		const widths = await page.evaluate(() => {
			const pane = document.querySelector('.editor.modified');
			const mark = pane?.querySelector('.char-insert')?.getBoundingClientRect();
			const walker = document.createTreeWalker(
				pane?.querySelector('.view-lines') ?? document.body,
				NodeFilter.SHOW_TEXT
			);
			for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
				const at = node.textContent?.indexOf('Wählem') ?? -1;
				if (at < 0) continue;
				const range = document.createRange();
				range.setStart(node, at);
				range.setEnd(node, at + 'Wählem'.length);
				return { mark: mark?.width ?? 0, word: range.getBoundingClientRect().width };
			}
			return { mark: mark?.width ?? 0, word: -1 };
		});
		expect(widths.word).toBeGreaterThan(0);
		expect(Math.abs(widths.mark - widths.word)).toBeLessThan(3);
	});
});
