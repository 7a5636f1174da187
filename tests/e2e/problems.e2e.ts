/**
 * The Problems panel (issue 10): F8 goes to the next QA problem, and a dismissal survives a
 * reload (it comes back only when the segment's text changes).
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
const example = readFileSync(
	new URL('../../src/examples/sync-settings.de-DE.md', import.meta.url),
	'utf8'
);

/** The German example with a double space in segment 102 (a whitespace problem). */
function withProblems(): string {
	const dir = mkdtempSync(join(tmpdir(), 'locdiff-problems-'));
	const path = join(dir, 'problems.de-DE.md');
	writeFileSync(path, example.replace('Tidewater Notes hält', 'Tidewater  Notes hält'));
	return path;
}

const panel = (page: Page) => page.getByRole('region', { name: 'Problems' });

describe('the Problems panel', () => {
	it('lists problems, jumps with F8, and keeps a dismissal after a reload', async () => {
		const { page } = await openRecordedPage(app.browser, app.server.url);
		await filesInput(page).setInputFiles(withProblems());
		await waitForStatus(page, '1 files · 13 segments');
		const whitespace = panel(page).getByRole('listitem').filter({ hasText: 'whitespace' });
		await expect.poll(() => whitespace.count()).toBeGreaterThan(0);

		await page.getByRole('textbox', { name: 'Translation' }).focus();
		await page.keyboard.press('Control+Home');
		await page.keyboard.press('F8');
		await expect
			.poll(() => page.getByLabel('Current segment').textContent())
			.toMatch(/4c7d1-102.*2 \/ 13/);

		const before = await panel(page).getByRole('listitem').count();
		await whitespace
			.first()
			.getByRole('button', { name: /^Dismiss whitespace/ })
			.click();
		await expect.poll(() => panel(page).getByRole('listitem').count()).toBe(before - 1);
		await expect
			.poll(async () => JSON.stringify(await readStoredRecord(page, 'edits:problems.de-DE.md')))
			.toContain('~dismissed:');
		await page.reload();
		await waitForStatus(page, '1 files · 13 segments');
		await expect.poll(() => panel(page).getByRole('listitem').count()).toBe(before - 1);
		await expect(
			panel(page)
				.getByRole('button', { name: /dismissed/ })
				.count()
		).resolves.toBe(1);
	});
});
