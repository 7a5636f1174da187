/**
 * A file past the big-file threshold (issue 13.8) goes through the staged show: its models are
 * built over many tasks, it is shown unwrapped with a notice, and it works like any file: Go to
 * its last segment, type there, the edit is saved; switching away and back keeps it.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openRecordedPage } from '../helpers/browser.ts';
import { useBuiltApp } from '../helpers/built-app.ts';
import { filesInput, readStoredRecord, waitForStatus } from '../helpers/workbench-page.ts';

const app = useBuiltApp();
/** BIG_FILE_ROWS in src/ui/diff/big-file.ts: the smallest big file. */
const SEGMENTS = 20_000;

function writeFiles(): string[] {
	const dir = mkdtempSync(join(tmpdir(), 'locdiff-big-'));
	const segment = (i: number) =>
		`<span data-ttu-id="b16f1-${101 + i}">Zeile${i} übersetzt</span><span class="sxs-lookup"><span data-stu-id="b16f1-${101 + i}">Row${i} source</span></span>`;
	const big = join(dir, 'big.de-DE.md');
	writeFileSync(big, Array.from({ length: SEGMENTS }, (_, i) => segment(i)).join('\n\n') + '\n');
	const small = join(dir, 'small.de-DE.md');
	writeFileSync(small, segment(0) + '\n');
	return [big, small];
}

describe('a big file', () => {
	it('is shown unwrapped, goes to its last segment and saves an edit there', async () => {
		const { page, errors } = await openRecordedPage(app.browser, app.server.url);
		await filesInput(page).setInputFiles(writeFiles());
		await waitForStatus(page, `2 files · ${SEGMENTS + 1} segments`, 60_000);
		const files = page.getByRole('listbox', { name: 'Files' });
		await files.getByText('big.de-DE.md', { exact: true }).click();
		await expect
			.poll(() => page.locator('section.pane .message').textContent(), { timeout: 30_000 })
			.toContain('Big file (20,000 segments): lines are not wrapped');
		await expect
			.poll(() => page.locator('.editor.original .view-lines').textContent(), { timeout: 30_000 })
			.toContain('Row0');
		await page.keyboard.press('Control+g');
		await page
			.getByRole('dialog', { name: 'Go to segment' })
			.getByRole('textbox')
			.fill(String(SEGMENTS));
		await page.keyboard.press('Enter');
		await expect
			.poll(() => page.getByLabel('Current segment').textContent())
			.toContain(`b16f1-${100 + SEGMENTS}`);
		await page.keyboard.type('NEU');
		await expect
			.poll(async () => JSON.stringify(await readStoredRecord(page, 'edits:big.de-DE.md')))
			.toContain(`"b16f1-${100 + SEGMENTS}","NEUZeile${SEGMENTS - 1}`);
		// Away to a small file (wrapped again, no notice) and back: the edit is still in the pane.
		await files.getByText('small.de-DE.md', { exact: true }).click();
		await expect.poll(() => page.locator('section.pane .message').textContent()).toBe('');
		await files.getByText('big.de-DE.md', { exact: true }).click();
		await expect
			.poll(() => page.locator('.editor.modified .view-lines').textContent())
			.toContain(`NEUZeile${SEGMENTS - 1}`);
		expect(errors).toEqual([]);
	});
});
