/**
 * Makes the README screenshot (docs/screenshot.png) from the real build in Debian's Chromium:
 * `npm run build && npx tsx scripts/screenshot.ts`. Opens the examples, as a newcomer would.
 */
import { launchBrowser } from '../tests/helpers/browser.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';

const OUTPUT = process.argv[2] ?? 'docs/screenshot.png';

const server = await serveStatic();
const browser = await launchBrowser();
try {
	const page = await browser.newPage({
		viewport: { width: 1440, height: 860 },
		deviceScaleFactor: 1
	});
	await page.goto(server.url);
	await page.getByRole('button', { name: 'Try the examples' }).click();
	await page
		.getByRole('status')
		.filter({ hasText: /\d+ files · \d+ segments/ })
		.waitFor();
	await page.getByRole('textbox', { name: 'Translation' }).first().waitFor();
	// Let Monaco lay out its decorations before the picture is taken.
	await page.waitForTimeout(800);
	await page.screenshot({ path: OUTPUT });
	console.log(`screenshot: ${OUTPUT}`);
} finally {
	await browser.close();
	await server.close();
}
