import { describe, expect, it } from 'vitest';
import { foreignRequests, openRecordedPage } from '../helpers/browser.ts';
import { useBuiltApp } from '../helpers/built-app.ts';
import { filesInput, waitForStatus } from '../helpers/workbench-page.ts';

const app = useBuiltApp();

/** One sxs segment whose translation and source both carry `payload`. */
function segment(n: number, payload: string): string {
	const id = `abcde-${100 + n}`;
	return `<span data-ttu-id="${id}">${payload}</span><span class="sxs-lookup"><span data-stu-id="${id}">${payload}</span></span>`;
}

const PAYLOADS = [
	'<script>window.__pwned = "script"</script>',
	'<img src=x-pwned onerror="window.__pwned = \'img\'; alert(1)">',
	"[click](javascript:window.__pwned='link')",
	'<a href="javascript:alert(1)">link</a> <svg onload="window.__pwned=\'svg\'"></svg>',
	'<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>'
];

const HOSTILE = `---\nms.contentlocale: de-DE\n---\n# ${segment(1, PAYLOADS[0]!)}\n\n${PAYLOADS.map((p, i) => `- ${segment(i + 2, p)}`).join('\n')}\n`;

describe('file content is data, never code', () => {
	it('renders script, event-handler and javascript: text without executing any of it', async () => {
		const { page, requests } = await openRecordedPage(app.browser, app.server.url);
		const dialogs: string[] = [];
		page.on('dialog', (dialog) => {
			dialogs.push(dialog.message());
			void dialog.dismiss();
		});
		await filesInput(page).setInputFiles([
			{
				name: '<img src=x onerror=alert(2)>.md',
				mimeType: 'text/markdown',
				buffer: Buffer.from(HOSTILE)
			}
		]);
		await waitForStatus(page, '1 files · 6 segments');
		// Ctrl+G needs the file shown, which can come a moment after the load count.
		await expect.poll(() => page.getByLabel('Current segment').textContent()).toContain('/ 6');
		// Walk every segment so each is shown in the status line and the pane.
		for (let i = 0; i < 6; i++) {
			await page.keyboard.press('Control+g');
			await page
				.getByRole('dialog', { name: 'Go to segment' })
				.getByRole('textbox')
				.fill(String(i + 1));
			await page.keyboard.press('Enter');
			await expect
				.poll(() => page.getByLabel('Current segment').textContent())
				.toContain(`${i + 1} / 6`);
		}
		await page.keyboard.press('F1');
		await page.keyboard.press('Escape');
		await page.waitForTimeout(300);
		await expect(
			page.evaluate(() => (window as { __pwned?: unknown }).__pwned)
		).resolves.toBeUndefined();
		expect(dialogs).toEqual([]);
		expect(requests.filter((url) => url.includes('x-pwned') || url.endsWith('/x'))).toEqual([]);
		expect(foreignRequests(requests, app.server.url)).toEqual([]);
		await expect(page.locator('script:not([src])').count()).resolves.toBe(0);
	});
});
