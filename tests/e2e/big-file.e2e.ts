/**
 * A file past the big-file thresholds (issue 13.8) goes through the staged show: it is parsed in
 * tasks (over PARSE_IN_TASKS_BYTES), its models are built over many tasks, it is shown unwrapped
 * with a notice, and it works like any file: F7 finds its one token problem (the token check
 * sends the file in parts, then only the changed segment), typing the missing code there fixes
 * it, the edit is saved, and switching away and back keeps it.
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
/** Makes the file ~8 MB, past PARSE_IN_TASKS_BYTES (4 MB) in src/state/document-cache.ts. */
const PADDING = ' und so weiter'.repeat(11);
/** The last segment's source has a code its translation lacks. */
const LAST = SEGMENTS - 1;

function writeFiles(): string[] {
	const dir = mkdtempSync(join(tmpdir(), 'locdiff-big-'));
	const segment = (i: number) =>
		`<span data-ttu-id="b16f1-${101 + i}">Zeile${i} übersetzt${PADDING}</span><span class="sxs-lookup"><span data-stu-id="b16f1-${101 + i}">${i === LAST ? '`run` ' : ''}Row${i} source${PADDING}</span></span>`;
	const big = join(dir, 'big.de-DE.md');
	writeFileSync(big, Array.from({ length: SEGMENTS }, (_, i) => segment(i)).join('\n\n') + '\n');
	const small = join(dir, 'small.de-DE.md');
	writeFileSync(small, segment(0) + '\n');
	return [big, small];
}

describe('a big file', () => {
	it('is shown unwrapped, finds its token problem with F7 and saves the fix', async () => {
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
		// The file list's click left the focus in the Translation editor: F7 goes to the problem
		// once the token check has found it.
		await expect
			.poll(
				async () => {
					await page.keyboard.press('F7');
					return page.getByLabel('Current segment').textContent();
				},
				{ timeout: 30_000 }
			)
			.toContain(`b16f1-${101 + LAST}`);
		await page.keyboard.type('`run` ');
		await expect
			.poll(async () => JSON.stringify(await readStoredRecord(page, 'edits:big.de-DE.md')))
			.toContain(`"b16f1-${101 + LAST}","\`run\` Zeile${LAST} übersetzt`);
		// Fixed: once the check has run again, F7 finds no token problem left.
		await expect
			.poll(
				async () => {
					await page.keyboard.press('F7');
					return page.locator('section.pane .message').textContent();
				},
				{ timeout: 30_000 }
			)
			.toBe('No token problems in this file.');
		// Away to a small file (wrapped again, no notice) and back: the edit is still in the pane.
		await files.getByText('small.de-DE.md', { exact: true }).click();
		await expect.poll(() => page.locator('section.pane .message').textContent()).toBe('');
		await files.getByText('big.de-DE.md', { exact: true }).click();
		await expect
			.poll(() => page.locator('.editor.modified .view-lines').textContent())
			.toContain(`run\`\u00a0Zeile${LAST}`);
		expect(errors).toEqual([]);
	});
});
