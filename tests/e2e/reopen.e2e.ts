/**
 * Opening a file that is already open never loses an edit (issue 13, item 1): the same bytes
 * select it and say so; other bytes wait for the translator's choice, with nothing replaced.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openRecordedPage } from '../helpers/browser.ts';
import { useBuiltApp } from '../helpers/built-app.ts';
import {
	filesInput,
	readStoredRecord,
	waitForStatus,
	chooseCompare
} from '../helpers/workbench-page.ts';

const app = useBuiltApp();
const example = readFileSync(
	new URL('../../src/examples/sync-settings.de-DE.md', import.meta.url),
	'utf8'
);
const EDITS_KEY = 'edits:doc.de-DE.md';

/** A folder with the file as first opened and a newer version of it (one other translation). */
function versions(): { first: string; newer: string } {
	const dir = mkdtempSync(join(tmpdir(), 'locdiff-reopen-'));
	const newerDir = mkdtempSync(join(tmpdir(), 'locdiff-reopen-new-'));
	const first = join(dir, 'doc.de-DE.md');
	const newer = join(newerDir, 'doc.de-DE.md');
	writeFileSync(first, example);
	writeFileSync(newer, example.replace('Wählen Sie Speichern aus.', 'Wählen Sie **Speichern**.'));
	return { first, newer };
}

async function openWithEdit(page: Page, path: string): Promise<void> {
	await filesInput(page).setInputFiles(path);
	await waitForStatus(page, '1 files · 13 segments');
	const translation = page.getByRole('textbox', { name: 'Translation' });
	await translation.focus();
	await page.keyboard.press('Control+Home');
	await page.keyboard.press('End');
	await page.keyboard.type(' XYZ');
	await expect
		.poll(async () => JSON.stringify(await readStoredRecord(page, EDITS_KEY)), { timeout: 5_000 })
		.toContain('XYZ');
}

describe('opening a file that is already open', () => {
	it('asks before replacing a changed file, and Update keeps the edit on the new version', async () => {
		const { first, newer } = versions();
		const { page } = await openRecordedPage(app.browser, app.server.url);
		await openWithEdit(page, first);

		await filesInput(page).setInputFiles(newer);
		const dialog = page.getByRole('dialog', { name: 'File already open' });
		await dialog.waitFor();
		// Nothing replaced while the translator has not chosen.
		await expect(page.locator('.monaco-editor').last().textContent()).resolves.toContain('XYZ');
		await expect(dialog.textContent()).resolves.toContain('1 edit');

		await dialog.getByRole('button', { name: 'Update to this version' }).click();
		await expect(dialog.isVisible()).resolves.toBe(false);
		const summary = page.getByRole('dialog', { name: 'Merge summary' });
		await expect
			.poll(() => summary.getByLabel('Merge outcome').textContent())
			.toBe('1 carried · 0 conflicts · 0 new · 0 dropped');
		await summary.getByRole('button', { name: 'Apply merge' }).click();
		await expect(summary.isVisible()).resolves.toBe(false);
		await waitForStatus(page, '1 files · 13 segments');
		await expect(page.locator('.monaco-editor').last().textContent()).resolves.toContain('XYZ');
		// The Original translation side shows the new version at once, not after a reload.
		await chooseCompare(page, 'Original translation');
		await expect
			.poll(() => page.locator('.monaco-editor').first().textContent())
			.toContain('**Speichern**.'); // Monaco renders spaces as U+00A0: match a spaceless part
		await expect
			.poll(async () => JSON.stringify(await readStoredRecord(page, 'file:doc.de-DE.md')))
			.not.toBe('');
		await page.reload();
		await waitForStatus(page, '1 files · 13 segments');
		await expect(page.locator('.monaco-editor').last().textContent()).resolves.toContain('XYZ');
	});

	it('opens the changed file beside the open one when asked, and keeps both', async () => {
		const { first, newer } = versions();
		const { page } = await openRecordedPage(app.browser, app.server.url);
		await openWithEdit(page, first);
		await filesInput(page).setInputFiles(newer);
		const dialog = page.getByRole('dialog', { name: 'File already open' });
		await dialog.getByRole('button', { name: 'Open beside' }).click();
		await waitForStatus(page, '2 files · 26 segments');
		const names = await page
			.getByRole('listbox', { name: 'Files' })
			.getByRole('option')
			.allTextContents();
		expect(names.join(' ')).toContain('doc.de-DE (2).md');
		await expect(
			readStoredRecord(page, EDITS_KEY).then((record) => JSON.stringify(record))
		).resolves.toContain('XYZ');
	});

	it('selects a file opened again with the same bytes and says so', async () => {
		const { first } = versions();
		const { page } = await openRecordedPage(app.browser, app.server.url);
		await openWithEdit(page, first);
		await filesInput(page).setInputFiles(first);
		await page.getByText('is already open with the same content').waitFor();
		await expect(page.getByRole('dialog', { name: 'File already open' }).isVisible()).resolves.toBe(
			false
		);
		await waitForStatus(page, '1 files · 13 segments');
		await expect(page.locator('.monaco-editor').last().textContent()).resolves.toContain('XYZ');
	});
});
