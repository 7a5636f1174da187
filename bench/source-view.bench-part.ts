/**
 * Part of `npm run bench:app`: switching to a 500-segment file in the Source view, Monaco
 * already loaded (issue 4's target: under 200 ms, the tab never frozen). The file is made of
 * real corpus segments so the token check has real work to do.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { parseSxsBytes } from '../src/core/index.ts';
import { filesInput, waitForLoaded } from '../tests/helpers/workbench-page.ts';

const SEGMENTS = 500;

/** Writes `big.md` (500 corpus segments, one paragraph each) and `small.md`; returns their paths. */
export function writeSourceViewFiles(root: string, corpusFiles: readonly string[]): string[] {
	const pairs: { translation: string; source: string }[] = [];
	for (const path of corpusFiles) {
		const parsed = parseSxsBytes(new Uint8Array(readFileSync(path)));
		if (parsed.ok) pairs.push(...parsed.document.segments);
		if (pairs.length >= SEGMENTS) break;
	}
	const segment = (i: number, pair: { translation: string; source: string }) =>
		`<span data-ttu-id="b1b2b-${101 + i}">${pair.translation}</span><span class="sxs-lookup"><span data-stu-id="b1b2b-${101 + i}">${pair.source}</span></span>`;
	const dir = join(root, 'source-view');
	mkdirSync(dir, { recursive: true });
	const big = join(dir, 'big.md');
	const small = join(dir, 'small.md');
	writeFileSync(
		big,
		pairs
			.slice(0, SEGMENTS)
			.map((pair, i) => segment(i, pair))
			.join('\n\n')
	);
	writeFileSync(small, segment(0, { translation: 'Klein', source: 'Small' }));
	return [small, big];
}

/** Opens both files, shows the small one, then measures showing the big one. */
export async function measureSourceView(
	page: Page,
	paths: readonly string[],
	report: (name: string, value: number, target: number) => void
): Promise<void> {
	await filesInput(page).setInputFiles([...paths]);
	await waitForLoaded(page);
	const files = page.getByRole('listbox', { name: 'Files' });
	await files.getByText('small.md', { exact: true }).click();
	await page.waitForTimeout(500);
	await page.evaluate(() => performance.clearMeasures());
	await files.getByText('big.md', { exact: true }).click();
	const measures = await page.waitForFunction(
		() => {
			const shown = performance.getEntriesByName('locdiff:file-shown').at(-1);
			const checked = performance.getEntriesByName('locdiff:source-view').at(-1);
			return shown && checked ? { shown: shown.duration, checked: checked.duration } : null;
		},
		undefined,
		{ timeout: 10_000 }
	);
	const { shown, checked } = (await measures.jsonValue()) ?? { shown: NaN, checked: NaN };
	report('500-segment file shown (text)', shown, 200);
	report('500-segment file in the Source view (problems)', checked, 200);
}
