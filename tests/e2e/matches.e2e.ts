/**
 * Matches and the Concordance (issue 10), on two versions of one corpus file, whose sources are
 * alike: the Matches column shows the other version's similar source with its similarity and the
 * word differences, Ctrl+1 inserts its translation and Ctrl+Z in the editor takes it back; a
 * Concordance search opens the other file at the segment found, with the editor focused.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { markReturningVisitor } from '../helpers/browser.ts';
import { useBuiltApp } from '../helpers/built-app.ts';
import { corpusPath, describeCorpus } from '../helpers/corpus.ts';
import {
	filesInput,
	openExamples,
	readStoredRecord,
	waitForStatus
} from '../helpers/workbench-page.ts';

const app = useBuiltApp();

const V1 = 'products-and-services.ro-RO.v1.md';
const V2 = 'products-and-services.ro-RO.v2.md';
/** Segment 10 of v2; v1 has it with "the" for "each" (89% alike). */
const MATCH_TRANSLATION = 'Vizualizați data de reînnoire sau de expirare a abonamentului.';

const translationText = (page: Page) =>
	page.evaluate(() =>
		(document.querySelector('.modified .view-lines')?.textContent ?? '').replaceAll('\u00a0', ' ')
	);
const selectedFile = (page: Page) =>
	page
		.getByRole('listbox', { name: 'Files' })
		.getByRole('option', { selected: true })
		.getAttribute('aria-label');

async function openVersions(): Promise<Page> {
	const context = await app.browser.newContext({ viewport: { width: 1366, height: 800 } });
	// Not a first visit: the examples would open by themselves while the files are being set.
	await markReturningVisitor(context);
	const page = await context.newPage();
	await page.goto(app.server.url);
	await filesInput(page).setInputFiles([corpusPath('versions', V1), corpusPath('versions', V2)]);
	await waitForStatus(page, '2 files · 32 segments');
	await page.getByRole('listbox', { name: 'Files' }).getByRole('option', { name: /v2/ }).click();
	await expect.poll(() => selectedFile(page)).toMatch(/v2/);
	return page;
}

async function goToSegment(page: Page, position: number): Promise<void> {
	await page.getByRole('textbox', { name: 'Translation' }).focus();
	await page.keyboard.press('Control+g');
	const dialog = page.getByRole('dialog', { name: 'Go to segment' });
	await dialog.getByRole('textbox').fill(String(position));
	await page.keyboard.press('Enter');
	await expect
		.poll(() => page.getByLabel('Current segment').textContent())
		.toContain(`${position} / `);
}

it('starts with the Matches column collapsed below 1280 px, and opens it from its toggle', async () => {
	const page = await app.browser.newPage({ viewport: { width: 1024, height: 768 } });
	await page.goto(app.server.url);
	await openExamples(page);
	const toggle = page
		.getByRole('region', { name: 'Matches' })
		.getByRole('button', { name: 'Matches' });
	await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
	await toggle.focus();
	await page.keyboard.press('Enter');
	await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
	await page.close();
});

describeCorpus('Matches', () => {
	it('shows a similar source with its similarity and differences; Ctrl+1 inserts, Ctrl+Z takes it back', async () => {
		const page = await openVersions();
		const matches = page.getByRole('region', { name: 'Matches' });
		await expect(
			matches.getByRole('button', { name: 'Matches' }).getAttribute('aria-expanded')
		).resolves.toBe('true');
		await goToSegment(page, 10);

		const first = matches.getByRole('listitem').first();
		await expect.poll(() => first.textContent(), { timeout: 15_000 }).toContain(MATCH_TRANSLATION);
		await expect(first.textContent()).resolves.toContain('89%');
		await expect(first.textContent()).resolves.toContain(V1);
		// The sources' difference, as text in <del>/<ins>: v1 says "the", this segment "each".
		await expect(first.locator('del').allTextContents()).resolves.toEqual(['the']);
		await expect(first.locator('ins').allTextContents()).resolves.toEqual(['each']);
		expect(await translationText(page)).not.toContain(MATCH_TRANSLATION);
		await page.screenshot({ path: '/tmp/locdiff-matches.png' });

		// The editor has the focus (Go to segment gave it): Monaco's own Ctrl+1.
		await page.keyboard.press('Control+1');
		await expect.poll(() => translationText(page)).toContain(MATCH_TRANSLATION);
		const stored = () => readStoredRecord(page, `edits:${V2}`).then((r) => JSON.stringify(r));
		await expect.poll(stored).toContain(MATCH_TRANSLATION);

		await page.keyboard.press('Control+z');
		await expect.poll(() => translationText(page)).not.toContain(MATCH_TRANSLATION);
		await expect.poll(stored).not.toContain(MATCH_TRANSLATION);

		// Alt+1 as well (a browser tab keeps Ctrl+1 for its tabs), taken back the same way.
		await page.keyboard.press('Alt+1');
		await expect.poll(() => translationText(page)).toContain(MATCH_TRANSLATION);
		await page.keyboard.press('Control+z');
		await expect.poll(() => translationText(page)).not.toContain(MATCH_TRANSLATION);

		// From outside the editor too, and the toggle collapses the column.
		await page.getByRole('listbox', { name: 'Files' }).focus();
		await page.keyboard.press('Control+1');
		await expect.poll(() => translationText(page)).toContain(MATCH_TRANSLATION);
		await matches.getByRole('button', { name: 'Matches' }).click();
		await expect(
			matches.getByRole('button', { name: 'Matches' }).getAttribute('aria-expanded')
		).resolves.toBe('false');
		await page.screenshot({ path: '/tmp/locdiff-matches-collapsed.png' });
		await page.context().close();
	});

	it('finds a term with the Concordance and opens the other file at that segment', async () => {
		const page = await openVersions();
		// The search starts from the editor's selection: segment 1's translation, selected whole.
		await page.getByRole('textbox', { name: 'Translation' }).focus();
		await page.keyboard.press('Control+Home');
		await page.keyboard.press('Shift+End');
		await page.keyboard.press('Control+Shift+K');
		const dialog = page.getByRole('dialog', { name: 'Concordance' });
		const field = dialog.getByRole('searchbox', { name: 'Search' });
		await expect(field.inputValue()).resolves.toBe('Produsele dvs.');
		await field.fill('info on each');
		const results = dialog.getByRole('list', { name: 'Concordance results' });
		await expect.poll(() => results.getByRole('listitem').count(), { timeout: 15_000 }).toBe(1);
		await expect(results.locator('mark').allTextContents()).resolves.toEqual(['info on each']);
		await page.screenshot({ path: '/tmp/locdiff-concordance.png' });

		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		await expect.poll(() => selectedFile(page)).toMatch(/v1/);
		await expect.poll(() => page.getByLabel('Current segment').textContent()).toContain('3 / 15');
		// The editor has the focus: typing goes into that segment.
		await expect
			.poll(() => page.evaluate(() => document.activeElement?.closest('.editor.modified') !== null))
			.toBe(true);
		await page.context().close();
	});
});
