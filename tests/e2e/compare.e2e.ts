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
});
