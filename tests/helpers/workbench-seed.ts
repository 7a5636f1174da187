/**
 * Seeds a saved edit the way the app stores it (storage/db.ts), so the reload, restore and export
 * paths can be tested through the real IndexedDB whether or not the editor pane accepts typing.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { readStoredRecord, waitForLoaded, writeStoredRecord } from './workbench-page.ts';

export const UK_PATH = 'examples/sync-settings.uk-UA.md';
export const EDITED_ID = '4c7d1-103';
export const EDITED_TEXT = 'Як часто синхронізувати <b>&amp;</b>';

/** Waits until the app has saved its workspace order (so a reload has something to restore). */
export async function waitForSavedWorkspace(page: Page, fileCount: number): Promise<void> {
	await expect
		.poll(
			async () =>
				((await readStoredRecord(page, 'meta')) as { fileIds?: string[] } | undefined)?.fileIds
					?.length,
			{
				timeout: 5_000
			}
		)
		.toBe(fileCount);
}

/** Saves one edit in the uk-UA example, makes that file current, reloads and waits for restore. */
export async function seedEditAndReload(page: Page): Promise<void> {
	await waitForSavedWorkspace(page, 3);
	const meta = (await readStoredRecord(page, 'meta')) as Record<string, unknown>;
	await writeStoredRecord(page, `edits:${UK_PATH}`, {
		edits: [[EDITED_ID, EDITED_TEXT]],
		cursor: { index: 2, column: 1 }
	});
	await writeStoredRecord(page, 'meta', { ...meta, currentFileId: UK_PATH });
	await page.reload();
	await waitForLoaded(page);
}
