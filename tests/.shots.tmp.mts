import { chromium } from 'playwright-core';
import { serveStatic } from '/work/wt-workbench/tests/helpers/static-server.ts';
const server = await serveStatic();
const browser = await chromium.launch({
	executablePath: '/usr/bin/chromium',
	args: ['--headless', '--no-sandbox', '--disable-gpu']
});
for (const [name, media] of [
	['light', { colorScheme: 'light' }],
	['dark', { colorScheme: 'dark' }],
	['hc', { colorScheme: 'dark', forcedColors: 'active' }],
	['hcl', { colorScheme: 'light', forcedColors: 'active' }]
] as const) {
	const context = await browser.newContext({ viewport: { width: 1366, height: 800 } });
	const page = await context.newPage();
	await page.emulateMedia(media as never);
	await page.goto(server.url);
	const tryBtn = page.getByRole('button', { name: 'Try the examples' });
	if (await tryBtn.count()) await tryBtn.click();
	await page
		.getByRole('status')
		.filter({ hasText: /3 files/ })
		.waitFor();
	await page.waitForTimeout(1000);
	await page.keyboard.press('Control+g');
	await page
		.getByRole('dialog', { name: 'Go to segment' })
		.getByRole('textbox')
		.fill(process.env.SEG ?? '12');
	await page.keyboard.press('Enter');
	await page.waitForTimeout(800);
	console.log(
		name,
		await page.getByLabel('Current segment').textContent(),
		'|',
		await page.getByTestId('pane-message').textContent()
	);
	await page.screenshot({ path: `/tmp/theme-${name}.png` });
	await context.close();
}
await browser.close();
await server.close();
