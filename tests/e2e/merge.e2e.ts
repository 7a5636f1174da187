/**
 * Update to new version (issue 9), in the built app: an edited file is merged onto a newer
 * version, a conflict is settled from the keyboard, and the exported bytes equal what the CLI's
 * merge writes for the same three files.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
	encodeSxsText,
	mergeVersions,
	parseSxs,
	serializeSxs,
	writeMerge
} from '../../src/core/index.ts';
import { openRecordedPage } from '../helpers/browser.ts';
import { useBuiltApp } from '../helpers/built-app.ts';
import {
	clickToolbarAction,
	filesInput,
	readStoredRecord,
	waitForStatus
} from '../helpers/workbench-page.ts';

const app = useBuiltApp();
const base = readFileSync(
	new URL('../../src/examples/sync-settings.de-DE.md', import.meta.url),
	'utf8'
);
const ROOT = new URL('../../', import.meta.url).pathname;

/** v1 (what the translator opened) and v2: segment 106's translation changed upstream. */
function versions(): { dir: string; v1: string; v2: string } {
	const dir = mkdtempSync(join(tmpdir(), 'locdiff-merge-'));
	const v2dir = mkdtempSync(join(tmpdir(), 'locdiff-merge-v2-'));
	const v1 = join(dir, 'sync-settings.de-DE.md');
	const v2 = join(v2dir, 'sync-settings.de-DE.md');
	writeFileSync(v1, base);
	writeFileSync(v2, base.replace('Wählen Sie Speichern aus.', 'Klicken Sie auf **Speichern**.'));
	return { dir, v1, v2 };
}

/** Types at the start of a segment, reached with Go to segment (lines wrap: no arrow counting). */
async function prependTo(page: Page, segmentId: string, text: string): Promise<void> {
	await page.keyboard.press('Control+g');
	await page.getByRole('dialog', { name: 'Go to segment' }).getByRole('textbox').fill(segmentId);
	await page.keyboard.press('Enter');
	await expect.poll(() => page.getByLabel('Current segment').textContent()).toContain(segmentId);
	await page.keyboard.type(text);
}

describe('Update to new version', () => {
	it('merges an edited file onto a new version, settles a conflict by keyboard, exports what the CLI merges', async () => {
		const { dir, v1, v2 } = versions();
		const { page } = await openRecordedPage(app.browser, app.server.url);
		await filesInput(page).setInputFiles(v1);
		await waitForStatus(page, '1 files · 13 segments');
		await prependTo(page, '4c7d1-101', 'A ');
		await prependTo(page, '4c7d1-106', 'B ');

		const chooser = page.waitForEvent('filechooser');
		await clickToolbarAction(page, 'Update to new version');
		await (await chooser).setFiles(v2);
		const summary = page.getByRole('dialog', { name: 'Merge summary' });
		await expect
			.poll(() => summary.getByLabel('Merge outcome').textContent())
			.toBe('1 carried · 1 conflicts · 0 new · 0 dropped');
		// From the keyboard: Take theirs, then Apply merge.
		await summary.getByRole('button', { name: 'Take theirs' }).focus();
		await page.keyboard.press('Enter');
		await expect(summary.textContent()).resolves.toContain('resolved: theirs');
		await summary.getByRole('button', { name: 'Apply merge' }).focus();
		await page.keyboard.press('Enter');
		await expect(summary.isVisible()).resolves.toBe(false);

		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Export file', exact: true }).click();
		const exported = await readFile(await (await download).path());

		// The CLI on the same three files: base, base with the same two edits, theirs.
		const document = parseSxs(base);
		const [first, , , , , sixth] = document.segments;
		const edits = new Map([
			[first!.id, `A ${first!.translation}`],
			[sixth!.id, `B ${sixth!.translation}`]
		]);
		const mine = join(dir, 'mine.md');
		writeFileSync(mine, encodeSxsText(serializeSxs(document, edits).text));
		const out = join(dir, 'merged.md');
		const cli = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'merge', v1, mine, v2, '-o', out], {
			cwd: ROOT,
			encoding: 'utf8'
		});
		expect(cli.status).toBe(1); // the conflict stays theirs in the CLI, as chosen in the app
		expect(Buffer.from(exported).equals(readFileSync(out))).toBe(true);
	});

	it('loses nothing when the page reloads in the middle of the conflict queue', async () => {
		const { v1, v2 } = versions();
		// Two conflicts: upstream also retranslated segment 104.
		const v2Text = readFileSync(v2, 'utf8').replace(
			'Öffnen Sie **Einstellungen**',
			'Gehen Sie zu **Einstellungen**'
		);
		writeFileSync(v2, v2Text);
		const { page } = await openRecordedPage(app.browser, app.server.url);
		await filesInput(page).setInputFiles(v1);
		await waitForStatus(page, '1 files · 13 segments');
		await prependTo(page, '4c7d1-101', 'A ');
		await prependTo(page, '4c7d1-104', 'C ');
		await prependTo(page, '4c7d1-106', 'B ');

		const chooser = page.waitForEvent('filechooser');
		await clickToolbarAction(page, 'Update to new version');
		await (await chooser).setFiles(v2);
		const summary = page.getByRole('dialog', { name: 'Merge summary' });
		await expect
			.poll(() => summary.getByLabel('Merge outcome').textContent())
			.toBe('1 carried · 2 conflicts · 0 new · 0 dropped');
		// The conflict shows its source; Alt+M takes mine and moves on to the next conflict.
		await expect(summary.textContent()).resolves.toContain('Open **Settings** > **Sync**.');
		await page.keyboard.press('Alt+m');
		await expect.poll(() => summary.textContent()).toContain('Conflict 2 of 2');
		// Saved before the reload: the queue with the first conflict taken as mine.
		await expect
			.poll(() => readStoredRecord(page, 'merges'), { timeout: 10_000 })
			.toMatchObject({ queue: [{ resolutions: [['4c7d1-104', 'mine']] }] });

		await page.reload();
		await expect
			.poll(() => summary.getByLabel('Merge outcome').textContent(), { timeout: 30_000 })
			.toBe('1 carried · 2 conflicts · 0 new · 0 dropped');
		// Back where the translator left it: the second conflict, the first one settled.
		await expect(summary.textContent()).resolves.toMatch(/Conflict 2 of 2[\s\S]*· 1 resolved/);
		await summary.getByRole('button', { name: 'Take theirs' }).focus();
		await page.keyboard.press('Enter');
		await summary.getByRole('button', { name: 'Apply merge' }).focus();
		await page.keyboard.press('Enter');
		await expect(summary.isVisible()).resolves.toBe(false);
		await expect.poll(() => readStoredRecord(page, 'merges')).toEqual({ queue: [] });

		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Export file', exact: true }).click();
		const exported = await readFile(await (await download).path());

		// The same merge without a reload: mine on 104, theirs on 106.
		const baseDocument = parseSxs(base);
		const edits = new Map(
			(
				[
					['4c7d1-101', 'A '],
					['4c7d1-104', 'C '],
					['4c7d1-106', 'B ']
				] as const
			).map(([id, prefix]) => [
				id,
				prefix + (baseDocument.segments.find((segment) => segment.id === id)?.translation ?? '')
			])
		);
		const mine = parseSxs(serializeSxs(baseDocument, edits).text);
		const theirs = parseSxs(v2Text);
		const result = mergeVersions(baseDocument, mine, theirs);
		if (!result.ok) throw new Error(result.error);
		const resolutions = new Map([['4c7d1-104', 'mine' as const]]);
		const expected = encodeSxsText(writeMerge(theirs, result.merge, resolutions).text);
		expect(Buffer.from(exported).equals(Buffer.from(expected))).toBe(true);
	});
});
