/**
 * Reviewing many files (issue 10): Problems for all files with a jump into another file, Filter
 * segments by state and by text with a jump, word counts of a Chinese file (an unspaced script),
 * and Fill repetitions taken back by Ctrl+Z outside the editor.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openRecordedPage } from '../helpers/browser.ts';
import { useBuiltApp } from '../helpers/built-app.ts';
import { filesInput, readStoredRecord, waitForStatus } from '../helpers/workbench-page.ts';

const app = useBuiltApp();
const examplePath = (name: string) =>
	new URL(`../../src/examples/sync-settings.${name}.md`, import.meta.url);
const german = readFileSync(examplePath('de-DE'), 'utf8');
const ORIGINAL_102 = 'Tidewater Notes hält Ihre Notizbücher auf jedem Gerät aktuell';

/** Two German files with the same sources; the second translates segment 102 otherwise. */
function twoGermanFiles(): { readonly first: string; readonly second: string } {
	const dir = mkdtempSync(join(tmpdir(), 'locdiff-review-'));
	const first = join(dir, 'alpha.de-DE.md');
	const second = join(dir, 'beta.de-DE.md');
	writeFileSync(first, german);
	writeFileSync(
		second,
		german.replace(ORIGINAL_102, 'Tidewater  Notes aktualisiert Ihre Notizbücher')
	);
	return { first, second };
}

const currentSegment = (page: Page) => page.getByLabel('Current segment').textContent();
const paneFile = (page: Page) => page.locator('.pane-header .file-path').textContent();
const isEditorFocused = (page: Page) =>
	page.evaluate(() => document.activeElement?.closest('.monaco-editor') !== null);

async function openTwoGermanFiles(page: Page): Promise<void> {
	const { first, second } = twoGermanFiles();
	await filesInput(page).setInputFiles([first, second]);
	await waitForStatus(page, '2 files · 26 segments');
}

describe('reviewing many files', () => {
	it('lists the problems of all files by file and jumps into another file', async () => {
		const { page } = await openRecordedPage(app.browser, app.server.url);
		await openTwoGermanFiles(page);
		await expect.poll(() => paneFile(page)).toContain('alpha.de-DE.md');
		const panel = page.getByRole('region', { name: 'Problems' });
		await panel.getByRole('radio', { name: 'All files' }).check();
		const beta = panel.getByRole('list', { name: 'Problems in beta.de-DE.md' });
		// The double space (whitespace) and the other translation (inconsistent-translation, a
		// check across the open files) are both listed under beta's heading.
		await expect
			.poll(() => beta.getByRole('listitem').filter({ hasText: 'whitespace' }).count())
			.toBe(1);
		await expect
			.poll(() =>
				panel.getByRole('listitem').filter({ hasText: 'inconsistent-translation' }).count()
			)
			.toBeGreaterThan(0);
		await expect(
			panel.getByRole('heading', { name: /beta\.de-DE\.md/ }).textContent()
		).resolves.toMatch(/\d+ problems/);

		await beta
			.getByRole('listitem')
			.filter({ hasText: 'whitespace' })
			.getByRole('button')
			.first()
			.press('Enter');
		await expect.poll(() => paneFile(page)).toContain('beta.de-DE.md');
		await expect.poll(() => currentSegment(page)).toMatch(/4c7d1-102.*2 \/ 13/);
		await expect.poll(() => isEditorFocused(page)).toBe(true);

		// Dismiss works from the All files list too.
		const before = await beta.getByRole('listitem').count();
		await beta.getByRole('button', { name: /^Dismiss whitespace/ }).click();
		await expect.poll(() => beta.getByRole('listitem').count()).toBe(before - 1);
	});

	it('filters by state and by text, lists the hits and jumps to one', async () => {
		const { page } = await openRecordedPage(app.browser, app.server.url);
		await openTwoGermanFiles(page);
		// Confirm segment 1 of alpha: one confirmed segment in the workspace.
		await page.getByRole('textbox', { name: 'Translation' }).focus();
		await page.keyboard.press('Control+Home');
		await page.keyboard.press('Control+Enter');
		await expect
			.poll(() => page.getByRole('progressbar', { name: 'Progress' }).getAttribute('aria-valuenow'))
			.toBe('1');

		await page.keyboard.press('Control+Shift+L');
		const filter = page.getByRole('region', { name: 'Filter segments' });
		await expect
			.poll(() =>
				filter
					.getByRole('searchbox', { name: 'Filter text' })
					.evaluate((el) => el === document.activeElement)
			)
			.toBe(true);
		await filter.getByRole('radio', { name: 'All files' }).check();
		await filter.getByRole('combobox', { name: 'State' }).selectOption('confirmed');
		const hits = filter.getByRole('list', { name: 'Filter hits' }).getByRole('listitem');
		await expect.poll(() => hits.count()).toBe(1);

		// By text: an invalid pattern is a message; a plain text finds the other translation.
		await filter.getByRole('combobox', { name: 'State' }).selectOption('');
		await filter.getByRole('checkbox', { name: 'Regular expression' }).check();
		await filter.getByRole('searchbox', { name: 'Filter text' }).fill('aktualisiert (');
		await expect.poll(() => filter.getByRole('alert').count()).toBe(1);
		await filter.getByRole('checkbox', { name: 'Regular expression' }).uncheck();
		await filter.getByRole('searchbox', { name: 'Filter text' }).fill('aktualisiert');
		await filter
			.getByRole('combobox', { name: 'Look for the text in' })
			.selectOption('translation');
		await expect.poll(() => hits.count()).toBe(1);
		await expect(hits.first().textContent()).resolves.toContain('beta.de-DE.md');
		await hits.first().getByRole('button').click();
		await expect.poll(() => paneFile(page)).toContain('beta.de-DE.md');
		await expect.poll(() => currentSegment(page)).toMatch(/4c7d1-102/);
		await expect.poll(() => isEditorFocused(page)).toBe(true);

		// Alt+PageDown walks the hits (one hit: it stays there), across files.
		await filter.getByRole('searchbox', { name: 'Filter text' }).fill('Tidewater');
		await filter.getByRole('combobox', { name: 'Look for the text in' }).selectOption('both');
		await expect.poll(() => hits.count()).toBeGreaterThan(2);
		await page.getByRole('textbox', { name: 'Translation' }).focus();
		await page.keyboard.press('Alt+PageDown');
		await expect.poll(() => currentSegment(page)).not.toMatch(/4c7d1-102/);
	});

	it('counts the words of a Chinese file by its words', async () => {
		const { page } = await openRecordedPage(app.browser, app.server.url);
		await filesInput(page).setInputFiles(examplePath('zh-CN').pathname);
		await waitForStatus(page, '1 files · 13 segments');
		const option = page.getByRole('listbox', { name: 'Files' }).getByRole('option').first();
		// Spaces would make the 13 Chinese sentences a handful of "words"; Intl.Segmenter finds 86.
		const described = async () => {
			const id = await option.getAttribute('aria-describedby');
			return id === null ? '' : ((await page.locator(`[id="${id}"]`).textContent()) ?? '');
		};
		await expect
			.poll(described)
			.toBe(
				'13 segments, 76 source words, 86 target words, 0% confirmed, machine translation (MT)'
			);
		await expect(option.textContent()).resolves.toContain('76→86 w');
		await expect
			.poll(() => page.getByLabel('Word counts').textContent())
			.toContain('13 segments, 76 source words, 86 target words, 0% confirmed');
	});

	it('fills repetitions after a confirmation as one step that Ctrl+Z outside the editor takes back', async () => {
		const { page } = await openRecordedPage(app.browser, app.server.url);
		await openTwoGermanFiles(page);
		await page.getByRole('textbox', { name: 'Translation' }).focus();
		await page.keyboard.press('Control+Home');
		await page.keyboard.press('ArrowDown');
		await expect.poll(() => currentSegment(page)).toMatch(/4c7d1-102.*×2/);
		await page.keyboard.press('Control+Enter');
		const offer = page.getByRole('region', { name: 'Repetitions' });
		await expect
			.poll(async () => ((await offer.textContent()) ?? '').replace(/\s+/g, ' '))
			.toMatch(/1 repetition of 4c7d1-102 in 1 file/);
		await page.keyboard.press('Alt+p');
		await expect.poll(() => offer.count()).toBe(0);
		await expect
			.poll(async () => JSON.stringify(await readStoredRecord(page, 'edits:beta.de-DE.md')))
			.toContain(ORIGINAL_102);

		await page.getByRole('listbox', { name: 'Files' }).focus();
		await page.keyboard.press('Control+z');
		await expect
			.poll(async () =>
				JSON.stringify((await readStoredRecord(page, 'edits:beta.de-DE.md')) ?? null)
			)
			.not.toContain(ORIGINAL_102);
	});
});
