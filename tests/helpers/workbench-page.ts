/**
 * Helpers for the workbench e2e tests: start the built app, wait for the load status, open files
 * through the hidden choosers, and read or seed the saved workspace in IndexedDB.
 */
import type { Page } from 'playwright-core';

/** The load status once loading has ended: `N files · M segments` (· K failed). */
export const LOADED_STATUS = /^\d+ files · \d+ segments( · \d+ failed)?$/;

export function loadStatus(page: Page) {
	return page.getByRole('status').filter({ hasText: / files · / });
}

/** Waits until loading has ended and returns the status text. */
export async function waitForLoaded(page: Page, timeout = 30_000): Promise<string> {
	const status = loadStatus(page);
	await status.filter({ hasText: LOADED_STATUS }).waitFor({ timeout });
	return (await status.textContent())?.trim() ?? '';
}

/** Waits until the status reads exactly `expected`. */
export async function waitForStatus(page: Page, expected: string, timeout = 30_000): Promise<void> {
	await loadStatus(page)
		.filter({ hasText: new RegExp(`^${escapeRegExp(expected)}$`) })
		.waitFor({ timeout });
}

export function filesInput(page: Page) {
	return page.locator('input[type=file]:not([webkitdirectory])');
}

export function folderInput(page: Page) {
	return page.locator('input[type=file][webkitdirectory]');
}

/** The **Compare with** select: what the diff's left side shows. */
export function compareWith(page: Page) {
	return page.getByRole('combobox', { name: 'Compare with' });
}

/** Chooses a Compare with option by its label. */
export async function chooseCompare(page: Page, label: string): Promise<void> {
	await compareWith(page).selectOption({ label });
}

/** The label of the chosen Compare with option. */
export function chosenCompare(page: Page): Promise<string> {
	return compareWith(page).evaluate(
		(select: HTMLSelectElement) => select.selectedOptions[0]?.textContent?.trim() ?? ''
	);
}

/**
 * Opens the built-in examples with Try the examples, or, on a very first visit (a context not
 * marked as a returning visitor), waits for the app to open them by itself.
 */
export async function openExamples(page: Page): Promise<void> {
	const button = page.getByRole('button', { name: 'Try the examples' });
	const opened = loadStatus(page).filter({ hasText: /^3 files · 39 segments$/ });
	await button.or(opened).first().waitFor();
	if ((await opened.count()) === 0) await button.click();
	await waitForStatus(page, '3 files · 39 segments');
}

/** One stored record, read straight from the app's IndexedDB database. */
export function readStoredRecord(page: Page, key: string): Promise<unknown> {
	return page.evaluate(
		(recordKey) =>
			new Promise((resolve, reject) => {
				const open = indexedDB.open('locdiff-workspace');
				open.onerror = () => reject(new Error(open.error?.message ?? 'indexedDB.open failed'));
				open.onsuccess = () => {
					const request = open.result.transaction('records').objectStore('records').get(recordKey);
					request.onsuccess = () => {
						open.result.close();
						resolve(request.result);
					};
					request.onerror = () => reject(new Error(request.error?.message ?? 'get failed'));
				};
			}),
		key
	);
}

/** Writes one record into the app's database, as if the app had saved it. */
export function writeStoredRecord(page: Page, key: string, value: unknown): Promise<void> {
	return page.evaluate(
		({ recordKey, recordValue }) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('locdiff-workspace');
				open.onerror = () => reject(new Error(open.error?.message ?? 'indexedDB.open failed'));
				open.onsuccess = () => {
					const transaction = open.result.transaction('records', 'readwrite');
					transaction.objectStore('records').put(recordValue, recordKey);
					transaction.oncomplete = () => {
						open.result.close();
						resolve();
					};
					transaction.onerror = () => reject(new Error(transaction.error?.message ?? 'put failed'));
				};
			}),
		{ recordKey: key, recordValue: value }
	);
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Clicks a toolbar action by its accessible name: its button on the bar when the width shows
 * it, else its item in the More menu (Toolbar.svelte moves less used actions there).
 */
export async function clickToolbarAction(page: Page, name: string): Promise<void> {
	const toolbar = page.getByRole('toolbar', { name: 'Workbench' });
	const button = toolbar.getByRole('button', { name, exact: true });
	if (await button.isVisible()) return button.click();
	await toolbar.getByRole('button', { name: 'More actions' }).click();
	await toolbar.getByRole('menuitem', { name, exact: true }).click();
}
