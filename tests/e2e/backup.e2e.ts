/**
 * Export workspace → Close all (storage cleared) → Import workspace gives the same workspace:
 * the same files, edit, current file, cursor and compare mode, and Export file gives the same
 * bytes. A damaged backup is refused with a message and changes nothing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { unzipSync, zipSync } from 'fflate';
import { openRecordedPage } from '../helpers/browser.ts';
import { useBuiltApp } from '../helpers/built-app.ts';
import {
	clickToolbarAction,
	openExamples,
	readStoredRecord,
	waitForLoaded,
	waitForStatus
} from '../helpers/workbench-page.ts';
import { chooseCompare, chosenCompare } from '../helpers/workbench-page.ts';
import { EDITED_ID, EDITED_TEXT, seedEditAndReload, UK_PATH } from '../helpers/workbench-seed.ts';

const app = useBuiltApp();

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
	const event = page.waitForEvent('download');
	await clickToolbarAction(page, button);
	const file = await event;
	return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

async function importBackup(page: Page, name: string, bytes: Buffer): Promise<void> {
	const chooser = page.waitForEvent('filechooser');
	await clickToolbarAction(page, 'Import workspace');
	await (await chooser).setFiles({ name, mimeType: 'application/zip', buffer: bytes });
}

/** What the translator sees of the workspace. */
async function visibleState(page: Page) {
	const options = page.getByRole('listbox', { name: 'Files' }).getByRole('option');
	return {
		status: await waitForLoaded(page),
		files: await options.evaluateAll((nodes) =>
			nodes.map((node) => [node.getAttribute('aria-label'), node.getAttribute('aria-selected')])
		),
		segment: await page.getByLabel('Current segment').textContent(),
		compare: await chosenCompare(page)
	};
}

/** The examples with the seeded uk-UA edit, compared with the original translation. */
async function editedPage(): Promise<Page> {
	const { page } = await openRecordedPage(app.browser, app.server.url);
	await openExamples(page);
	await seedEditAndReload(page);
	await chooseCompare(page, 'Original translation');
	return page;
}

describe('workspace backup', () => {
	it('export, Close all, import gives the same workspace and the same exported bytes', async () => {
		const page = await editedPage();
		const before = await visibleState(page);
		const exportedBefore = await download(page, 'Export file');
		const backup = await download(page, 'Export workspace');
		expect(backup.name).toMatch(/^locdiff-workspace-\d{4}-\d\d-\d\d\.zip$/);
		const entries = unzipSync(new Uint8Array(backup.bytes));
		expect(Object.keys(entries)).toContain(`files/${UK_PATH}`);
		const edits = JSON.parse(Buffer.from(entries['edits.json']!).toString()) as Record<
			string,
			{ edits: Record<string, string> }
		>;
		expect(edits[UK_PATH]?.edits).toEqual({ [EDITED_ID]: EDITED_TEXT });

		await clickToolbarAction(page, 'Close all');
		await page.getByRole('button', { name: 'Discard and close all' }).click();
		await waitForStatus(page, '0 files · 0 segments');
		await expect.poll(() => readStoredRecord(page, `file:${UK_PATH}`)).toBeUndefined();

		await importBackup(page, backup.name, backup.bytes);
		await waitForStatus(page, '3 files · 39 segments');
		await page.getByText(`Imported ${backup.name}: 3 files and 1 edits.`).waitFor();
		expect(await visibleState(page)).toEqual(before);
		const exportedAfter = await download(page, 'Export file');
		expect(exportedAfter.name).toBe(exportedBefore.name);
		expect(exportedAfter.bytes.equals(exportedBefore.bytes)).toBe(true);

		// It was stored too: a reload shows the same workspace again.
		await expect
			.poll(async () => JSON.stringify(await readStoredRecord(page, `edits:${UK_PATH}`)))
			.toContain(EDITED_ID);
		await expect.poll(() => readStoredRecord(page, 'settings')).toEqual({ compare: 'original' });
		await page.reload();
		expect(await visibleState(page)).toEqual(before);
	});

	it('asks before replacing open work and says what it discards', async () => {
		const page = await editedPage();
		const backup = await download(page, 'Export workspace');
		await importBackup(page, 'mine.zip', backup.bytes);
		const dialog = page.getByRole('dialog', { name: 'Replace the workspace with the backup?' });
		await dialog.waitFor();
		await expect(dialog.textContent()).resolves.toMatch(
			/Importing mine\.zip replaces the workspace: it discards 3 open files and 1 edits in 1 of them.*opens 3 files and 1 edits from the backup/s
		);
		await dialog.getByRole('button', { name: 'Discard and import' }).click();
		await page.getByText('Imported mine.zip: 3 files and 1 edits.').waitFor();
		await waitForStatus(page, '3 files · 39 segments');
	});

	it('refuses a damaged backup with a clear message and changes nothing', async () => {
		const page = await editedPage();
		const before = await visibleState(page);
		const backup = await download(page, 'Export workspace');
		const half = backup.bytes.subarray(0, Math.floor(backup.bytes.length / 2));
		await importBackup(page, 'half.zip', half);
		await page.getByText(/^half\.zip was not imported\. It is not a zip file/).waitFor();
		// A file changed after the backup was made: its checksum no longer matches.
		const entries = unzipSync(new Uint8Array(backup.bytes));
		const changed = entries[`files/${UK_PATH}`]!;
		changed[10] = changed[10]! ^ 1;
		await importBackup(page, 'edited.zip', Buffer.from(zipSync(entries)));
		await page
			.getByText(
				`edited.zip was not imported. ${UK_PATH} in the backup does not match its checksum`,
				{
					exact: false
				}
			)
			.waitFor();
		await importBackup(page, 'notes.md', Buffer.from('# not a backup\n'));
		await page.getByText(/^notes\.md was not imported\./).waitFor();
		expect(await page.getByRole('dialog').count()).toBe(0);
		expect(await visibleState(page)).toEqual(before);
	});
});
