/**
 * Storage full: once the workspace has loaded, every IndexedDB put throws QuotaExceededError (a
 * test-only patch installed before the app starts, switched on from the test). The banner must
 * name the problem, the edits stay in memory, and Export file still gives the right bytes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { encodeSxsText, parseSxsBytes, serializeSxs } from '../../src/core/index.ts';
import { openRecordedPage } from '../helpers/browser.ts';
import { useBuiltApp } from '../helpers/built-app.ts';
import { openExamples, readStoredRecord } from '../helpers/workbench-page.ts';
import { EDITED_ID, EDITED_TEXT, seedEditAndReload, UK_PATH } from '../helpers/workbench-seed.ts';

const app = useBuiltApp();
const examplesDir = new URL('../../src/examples/', import.meta.url).pathname;
const TYPED_ID = '4c7d1-101';
const TYPED_TEXT = 'Параметри синхронізації XYZ';

/** Makes IndexedDB writes fail with a full disk's error while `__failWrites` is true. */
function failWritesOnSwitch(): void {
	type Put = (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) => IDBRequest<IDBValidKey>;
	const put = Reflect.get(IDBObjectStore.prototype, 'put') as Put;
	IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
		if ((globalThis as { __failWrites?: boolean }).__failWrites === true)
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		return put.apply(this, args);
	};
}

async function download(page: Page, button: string): Promise<Uint8Array> {
	const event = page.waitForEvent('download');
	await page.getByRole('button', { name: button, exact: true }).click();
	return new Uint8Array(readFileSync(await (await event).path()));
}

function expectedBytes(edits: Map<string, string>): Uint8Array {
	const parsed = parseSxsBytes(readFileSync(examplesDir + UK_PATH.replace('examples/', '')));
	if (!parsed.ok) throw new Error('example does not parse');
	const { text, refused } = serializeSxs(parsed.document, edits);
	expect(refused).toEqual([]);
	return encodeSxsText(text);
}

describe('when the browser storage is full', () => {
	it('shows a banner naming the problem, keeps the edit and still exports the right bytes', async () => {
		const { page, context: browserContext } = await openRecordedPage(app.browser, 'about:blank');
		await browserContext.addInitScript(failWritesOnSwitch);
		await page.goto(app.server.url);
		await openExamples(page);
		await seedEditAndReload(page);
		const translation = page.getByRole('textbox', { name: 'Translation' });
		await expect(translation.count()).resolves.toBe(1); // a missing pane fails, never skips

		await page.evaluate(() => ((globalThis as { __failWrites?: boolean }).__failWrites = true));
		await translation.focus();
		await page.keyboard.press('Control+Home');
		await page.keyboard.press('End');
		await page.keyboard.type(' XYZ');

		const banner = page.getByRole('alert').filter({ hasText: /storage for locdiff is full/ });
		await banner.waitFor({ timeout: 5_000 });
		await expect(banner.textContent()).resolves.toMatch(
			/kept in this tab only\. Export your files or the workspace now\./
		);
		// Nothing reached the disk, and the typed edit is still in this tab.
		const stored = JSON.stringify(await readStoredRecord(page, `edits:${UK_PATH}`));
		expect(stored).not.toContain('XYZ');

		const edits = new Map([
			[TYPED_ID, TYPED_TEXT],
			[EDITED_ID, EDITED_TEXT]
		]);
		const bytes = await download(page, 'Export file');
		expect(Buffer.from(bytes).equals(Buffer.from(expectedBytes(edits)))).toBe(true);
		// The banner's own export button works too (a zip of the whole workspace).
		const event = page.waitForEvent('download');
		await banner.getByRole('button', { name: 'Export workspace now' }).click();
		expect((await event).suggestedFilename()).toMatch(/^locdiff-workspace-.*\.zip$/);

		// Once writes work again, the next save (Retry, or any queued write such as the cursor
		// moved by the export clicks) stores the edit and the banner goes away. Which one comes
		// first is a race the product is right to have, so Retry is clicked only if still there.
		await page.evaluate(() => ((globalThis as { __failWrites?: boolean }).__failWrites = false));
		await banner
			.getByRole('button', { name: 'Retry saving' })
			.click({ timeout: 2_000 })
			.catch(() => undefined);
		await banner.waitFor({ state: 'detached', timeout: 5_000 });
		const saved = JSON.stringify(await readStoredRecord(page, `edits:${UK_PATH}`));
		expect(saved).toContain('XYZ');
	});

	it('shows the storage used in the status bar, with an accessible name', async () => {
		const { page } = await openRecordedPage(app.browser, app.server.url);
		await openExamples(page);
		const meter = page.getByLabel(/^Browser storage used by locdiff: /);
		await meter.waitFor({ timeout: 5_000 });
		await expect(meter.textContent()).resolves.toMatch(
			/^Storage [\d.]+ (bytes|kB|MB|GB) of [\d.]+ (kB|MB|GB|TB)$/
		);
	});
});
