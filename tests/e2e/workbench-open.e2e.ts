import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSxsBytes } from '../../src/core/index.ts';
import { foreignRequests, openRecordedPage } from '../helpers/browser.ts';
import { corpusDir, describeCorpus } from '../helpers/corpus.ts';
import { useBuiltApp } from '../helpers/built-app.ts';
import {
	filesInput,
	folderInput,
	openExamples,
	waitForLoaded,
	waitForStatus
} from '../helpers/workbench-page.ts';

const app = useBuiltApp();
const examplesDir = new URL('../../src/examples/', import.meta.url).pathname;

/** Expected status for a set of files, computed with the core exactly as the app should. */
function expectedStatus(paths: readonly string[]): string {
	let segments = 0;
	let failed = 0;
	for (const path of paths) {
		const parsed = parseSxsBytes(readFileSync(path));
		// A file with no segments opened fine (issue 13): only a file that did not parse failed.
		if (!parsed.ok) failed++;
		else segments += parsed.document.segments.length;
	}
	const text = `${paths.length} files · ${segments} segments`;
	return failed > 0 ? `${text} · ${failed} failed` : text;
}

function listFilesDeep(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name));
}

describe('opening files in the workbench', () => {
	it('opens files through the file chooser and lists them with their counts', async () => {
		const { page, requests } = await openRecordedPage(app.browser, app.server.url);
		const paths = ['de-DE', 'uk-UA', 'zh-CN'].map((l) =>
			join(examplesDir, `sync-settings.${l}.md`)
		);
		const chooser = page.waitForEvent('filechooser');
		await page.getByRole('button', { name: 'Open files' }).click();
		await (await chooser).setFiles(paths);
		await waitForStatus(page, '3 files · 39 segments');
		const list = page.getByRole('listbox', { name: 'Files' });
		await expect(list.getByRole('option').count()).resolves.toBe(3);
		await expect(list.getByRole('option').first().textContent()).resolves.toContain('13 segments');
		expect(foreignRequests(requests, app.server.url)).toEqual([]);
	});

	it('opens a nested folder with every file at its relative path', async () => {
		const root = mkdtempSync(join(tmpdir(), 'locdiff-folder-'));
		const example = readFileSync(join(examplesDir, 'sync-settings.de-DE.md'));
		for (const sub of ['project/de-de', 'project/de-de/deep/deeper', 'project/other']) {
			mkdirSync(join(root, sub), { recursive: true });
		}
		writeFileSync(join(root, 'project/de-de/a.md'), example);
		writeFileSync(join(root, 'project/de-de/deep/deeper/b.md'), example);
		writeFileSync(join(root, 'project/other/c.md'), example);
		const { page } = await openRecordedPage(app.browser, app.server.url);
		await folderInput(page).setInputFiles(join(root, 'project'));
		await waitForStatus(page, '3 files · 39 segments');
		// The accessible name starts with the full path (the row shows the file name first).
		const labels = await page
			.getByRole('listbox', { name: 'Files' })
			.getByRole('option')
			.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label') ?? ''));
		const paths = labels.map((label) => label.split(', ')[0]).sort();
		rmSync(root, { recursive: true, force: true });
		expect(paths).toEqual([
			'project/de-de/a.md',
			'project/de-de/deep/deeper/b.md',
			'project/other/c.md'
		]);
	});

	it('names a binary file in a message while the other files still load', async () => {
		const { page } = await openRecordedPage(app.browser, app.server.url);
		await filesInput(page).setInputFiles([
			{
				name: 'sync-settings.de-DE.md',
				mimeType: 'text/markdown',
				buffer: readFileSync(join(examplesDir, 'sync-settings.de-DE.md'))
			},
			{
				name: 'logo.png',
				mimeType: 'image/png',
				buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1])
			},
			{ name: 'utf16.md', mimeType: 'text/markdown', buffer: Buffer.from('\ufeffhi', 'utf16le') }
		]);
		await waitForStatus(page, '3 files · 13 segments · 2 failed');
		const messages = page.getByRole('region', { name: 'Messages' });
		await expect(messages.getByText(/^logo\.png .*binary/).count()).resolves.toBe(1);
		await expect(messages.getByText(/^utf16\.md .*UTF-16/).count()).resolves.toBe(1);
	});

	it('opens files dropped on the page', async () => {
		const { page } = await openRecordedPage(app.browser, app.server.url);
		const text = readFileSync(join(examplesDir, 'sync-settings.zh-CN.md'), 'utf8');
		const dataTransfer = await page.evaluateHandle((content) => {
			const transfer = new DataTransfer();
			transfer.items.add(new File([content], 'dropped.zh-CN.md', { type: 'text/markdown' }));
			return transfer;
		}, text);
		// Dropped on the page body: the app listens on the window, so a drop lands anywhere.
		const target = page.locator('body');
		await target.dispatchEvent('dragenter', { dataTransfer });
		await target.dispatchEvent('dragover', { dataTransfer });
		await target.dispatchEvent('drop', { dataTransfer });
		await waitForStatus(page, '1 files · 13 segments');
		await expect(
			page
				.getByRole('listbox', { name: 'Files' })
				.getByRole('option', { name: /^dropped\.zh-CN\.md/ })
				.count()
		).resolves.toBe(1);
	});

	it('opens the built-in examples from the first screen without any request leaving the origin', async () => {
		const { page, requests, errors } = await openRecordedPage(app.browser, app.server.url);
		await openExamples(page);
		// The row shows the name and folder apart; its accessible name holds the whole path.
		await expect(
			page.getByRole('option', { name: /^examples\/sync-settings\.de-DE\.md, 13 segments/ }).count()
		).resolves.toBe(1);
		expect(errors).toEqual([]);
		expect(foreignRequests(requests, app.server.url)).toEqual([]);
	});
});

describeCorpus('opening the shared corpus', () => {
	it('counts every corpus file exactly as the core does', async () => {
		const dir = corpusDir ?? '';
		const expected = expectedStatus(listFilesDeep(dir));
		const { page } = await openRecordedPage(app.browser, app.server.url);
		await folderInput(page).setInputFiles(dir);
		const status = await waitForLoaded(page, 60_000);
		expect(status).toBe(expected);
		// The corpus has hundreds of files and bad ones: guard against a vacuous match.
		expect(status).toMatch(/^[1-9]\d{2,} files · [1-9]\d{3,} segments/);
	});
});
