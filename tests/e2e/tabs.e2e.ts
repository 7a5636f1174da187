/**
 * Two tabs (pages of one browser context, so one IndexedDB and one BroadcastChannel) on the same
 * workspace: edits to different segments reach both; the same segment edited in both at once
 * shows a conflict with both texts in the tab that learns of it, and the choice settles it in
 * both tabs and in storage. A Merge summary waiting in one tab shows in the other too.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openRecordedPage } from '../helpers/browser.ts';
import { useBuiltApp } from '../helpers/built-app.ts';
import {
	clickToolbarAction,
	openExamples,
	readStoredRecord,
	waitForLoaded
} from '../helpers/workbench-page.ts';
import { waitForSavedWorkspace } from '../helpers/workbench-seed.ts';

const app = useBuiltApp();

const DE_EDITS = 'edits:examples/sync-settings.de-DE.md';

/** Two tabs on the examples workspace, both showing the de-DE file. */
async function openTwoTabs(): Promise<[Page, Page]> {
	const { page: first, context } = await openRecordedPage(app.browser, app.server.url);
	await openExamples(first);
	await waitForSavedWorkspace(first, 3);
	const second = await context.newPage();
	await second.goto(app.server.url);
	await waitForLoaded(second);
	return [first, second];
}

/** Types at the start of the translation of segment `index` (0-based), through Go to segment. */
async function typeInSegment(page: Page, index: number, text: string): Promise<void> {
	await page.keyboard.press('Control+g');
	await page
		.getByRole('dialog', { name: 'Go to segment' })
		.getByRole('textbox')
		.fill(String(index + 1));
	await page.keyboard.press('Enter');
	await expect
		.poll(() => page.getByLabel('Current segment').textContent())
		.toContain(`${index + 1} / 13`);
	await page.keyboard.type(text);
}

/** The Translation side's visible text (Monaco renders spaces as no-break spaces). */
async function translationText(page: Page): Promise<string> {
	const text = await page.evaluate(
		() => document.querySelector('.modified .view-lines')?.textContent ?? ''
	);
	return text.replaceAll('\u00a0', ' ');
}

async function storedEdit(page: Page, segmentId: string): Promise<string | undefined> {
	const record = (await readStoredRecord(page, DE_EDITS)) as
		{ edits: [string, string][] } | undefined;
	return new Map(record?.edits).get(segmentId);
}

describe('two tabs on one saved workspace', () => {
	it('shows each tab the edits made in the other, to different segments', async () => {
		const [first, second] = await openTwoTabs();
		await typeInSegment(first, 0, 'FIRST ');
		await expect.poll(() => translationText(second), { timeout: 5_000 }).toContain('FIRST');
		await typeInSegment(second, 1, 'SECOND ');
		await expect.poll(() => translationText(first), { timeout: 5_000 }).toContain('SECOND');
		expect(await translationText(first)).toContain('FIRST');
		expect(await translationText(second)).toContain('FIRST');
		await expect.poll(() => storedEdit(first, '4c7d1-101')).toMatch(/^FIRST /);
		await expect.poll(() => storedEdit(first, '4c7d1-102')).toMatch(/^SECOND /);
		for (const page of [first, second]) {
			await expect(
				page.getByRole('region', { name: /also changed in another tab/ }).count()
			).resolves.toBe(0);
			const alerts = await page.getByRole('alert').allTextContents();
			expect(alerts.filter((text) => /another tab|stopped saving/.test(text))).toEqual([]);
		}
	});

	it('lets the translator choose when both tabs changed the same segment, and keeps the choice', async () => {
		const [first, second] = await openTwoTabs();
		// At the same time, so neither tab has heard of the other's edit before making its own.
		await Promise.all([typeInSegment(first, 2, 'ONE '), typeInSegment(second, 2, 'TWO ')]);
		const conflictIn = (page: Page) =>
			page.getByRole('region', { name: /also changed in another tab/ });
		await expect
			.poll(async () => (await conflictIn(first).count()) + (await conflictIn(second).count()), {
				timeout: 5_000
			})
			.toBe(1);
		const [learner, other] =
			(await conflictIn(first).count()) > 0 ? [first, second] : [second, first];
		const region = conflictIn(learner);
		const mine = (await region.locator('[data-side=mine]').textContent()) ?? '';
		const theirs = (await region.locator('[data-side=theirs]').textContent()) ?? '';
		expect([mine.slice(0, 4), theirs.slice(0, 4)].sort()).toEqual(['ONE ', 'TWO ']);
		// Nothing is lost before the choice: the stored text is theirs, this tab still shows mine.
		expect(await storedEdit(learner, '4c7d1-103')).toBe(theirs);
		await expect.poll(() => translationText(learner)).toContain(mine.slice(0, 4));

		const keep = region.getByRole('button', { name: /^Keep mine/ });
		await keep.focus();
		await learner.keyboard.press('Enter');
		await expect.poll(() => conflictIn(learner).count()).toBe(0);
		await expect.poll(() => storedEdit(other, '4c7d1-103'), { timeout: 5_000 }).toBe(mine);
		await expect.poll(() => translationText(other), { timeout: 5_000 }).toContain(mine.slice(0, 4));
		expect(await conflictIn(other).count()).toBe(0);

		await other.reload();
		await waitForLoaded(other);
		await expect.poll(() => translationText(other)).toContain(mine.slice(0, 4));
		expect(await translationText(other)).not.toContain(theirs.slice(0, 4));
	});

	it('shows a Merge summary started in one tab in the other, where Apply merge settles it for both', async () => {
		const [first, second] = await openTwoTabs();
		await typeInSegment(first, 5, 'B ');
		await expect.poll(() => storedEdit(second, '4c7d1-106')).toMatch(/^B /);
		const chooser = first.waitForEvent('filechooser');
		await clickToolbarAction(first, 'Update to new version');
		await (await chooser).setFiles(newVersion());
		const summaryIn = (page: Page) => page.getByRole('dialog', { name: 'Merge summary' });
		const outcome = '0 carried · 1 conflicts · 0 new · 0 dropped';
		await expect
			.poll(() => summaryIn(first).getByLabel('Merge outcome').textContent())
			.toBe(outcome);
		await expect
			.poll(() => summaryIn(second).getByLabel('Merge outcome').textContent(), { timeout: 10_000 })
			.toBe(outcome);

		await summaryIn(second).getByRole('button', { name: 'Take theirs' }).click();
		await summaryIn(second).getByRole('button', { name: 'Apply merge' }).click();
		for (const page of [second, first])
			await expect.poll(() => summaryIn(page).isVisible(), { timeout: 10_000 }).toBe(false);
		await expect
			.poll(() => translationText(first), { timeout: 10_000 })
			.toContain('Klicken Sie auf **Speichern**.');
	});
});

/** The de-DE example as its next version: segment 106 retranslated upstream. */
function newVersion(): string {
	const path = new URL('../../src/examples/sync-settings.de-DE.md', import.meta.url);
	const next = readFileSync(path, 'utf8').replace(
		'Wählen Sie Speichern aus.',
		'Klicken Sie auf **Speichern**.'
	);
	const file = join(mkdtempSync(join(tmpdir(), 'locdiff-tabs-')), 'sync-settings.de-DE.md');
	writeFileSync(file, next);
	return file;
}
