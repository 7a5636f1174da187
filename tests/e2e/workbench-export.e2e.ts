import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { unzipSync } from 'fflate';
import { cleanSxs, encodeSxsText, parseSxsBytes, serializeSxs } from '../../src/core/index.ts';
import { openRecordedPage } from '../helpers/browser.ts';
import { useBuiltApp } from '../helpers/built-app.ts';
import { filesInput, openExamples, waitForStatus } from '../helpers/workbench-page.ts';
import { EDITED_ID, EDITED_TEXT, seedEditAndReload, UK_PATH } from '../helpers/workbench-seed.ts';

const app = useBuiltApp();
const examplesDir = new URL('../../src/examples/', import.meta.url).pathname;

function exampleBytes(path: string): Uint8Array {
	return readFileSync(examplesDir + path.replace('examples/', ''));
}

/** What the core writes for the uk-UA example with the seeded edit. */
function expectedEdited(): Uint8Array {
	const parsed = parseSxsBytes(exampleBytes(UK_PATH));
	if (!parsed.ok) throw new Error('example does not parse');
	const { text, refused } = serializeSxs(parsed.document, new Map([[EDITED_ID, EDITED_TEXT]]));
	expect(refused).toEqual([]);
	return encodeSxsText(text);
}

async function download(page: Page, button: string): Promise<{ name: string; bytes: Uint8Array }> {
	const event = page.waitForEvent('download');
	await page.getByRole('button', { name: button, exact: true }).click();
	const file: Download = await event;
	const path = await file.path();
	return { name: file.suggestedFilename(), bytes: new Uint8Array(readFileSync(path)) };
}

async function editedPage(): Promise<Page> {
	const { page } = await openRecordedPage(app.browser, app.server.url);
	await openExamples(page);
	await seedEditAndReload(page);
	return page;
}

describe('exporting', () => {
	it('Export file gives the core serialization of the file with its edit, byte for byte', async () => {
		const page = await editedPage();
		const { name, bytes } = await download(page, 'Export file');
		expect(name).toBe('sync-settings.uk-UA.md');
		expect(Buffer.from(bytes).equals(Buffer.from(expectedEdited()))).toBe(true);
		expect(Buffer.from(bytes).equals(Buffer.from(exampleBytes(UK_PATH)))).toBe(false);
	});

	it('Export all gives a zip with every file at its relative path', async () => {
		const page = await editedPage();
		const { name, bytes } = await download(page, 'Export all');
		expect(name).toMatch(/\.zip$/);
		const entries = unzipSync(bytes);
		expect(Object.keys(entries).sort()).toEqual([
			'examples/sync-settings.de-DE.md',
			'examples/sync-settings.uk-UA.md',
			'examples/sync-settings.zh-CN.md'
		]);
		expect(Buffer.from(entries[UK_PATH]!).equals(Buffer.from(expectedEdited()))).toBe(true);
		const german = 'examples/sync-settings.de-DE.md';
		expect(Buffer.from(entries[german]!).equals(Buffer.from(exampleBytes(german)))).toBe(true);
	});

	it('Export all holds only the real files once real files are opened after the examples', async () => {
		const { page } = await openRecordedPage(app.browser, app.server.url);
		await openExamples(page);
		const dir = mkdtempSync(join(tmpdir(), 'locdiff-real-'));
		const real = join(dir, 'real.de-DE.md');
		writeFileSync(real, exampleBytes('examples/sync-settings.de-DE.md'));
		await filesInput(page).setInputFiles(real);
		// The untouched examples closed: only the real file is open and exported.
		await waitForStatus(page, '1 files · 13 segments');
		const { bytes } = await download(page, 'Export all');
		expect(Object.keys(unzipSync(bytes))).toEqual(['real.de-DE.md']);
	});

	it('Export clean gives the target-only Markdown with the edit', async () => {
		const page = await editedPage();
		const { name, bytes } = await download(page, 'Export clean');
		expect(name).toBe('sync-settings.uk-UA.clean.md');
		const parsed = parseSxsBytes(exampleBytes(UK_PATH));
		if (!parsed.ok) throw new Error('example does not parse');
		const expected = cleanSxs(parsed.document, {}, new Map([[EDITED_ID, EDITED_TEXT]]));
		expect(new TextDecoder().decode(bytes)).toBe(expected);
		expect(expected).not.toContain('data-ttu-id');
	});
});
