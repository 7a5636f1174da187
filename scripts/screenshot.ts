/**
 * Makes the README screenshot (docs/screenshot.png) from the real build in Debian's Chromium:
 * `npm run build && npx tsx scripts/screenshot.ts`. Opens the examples, as a newcomer would.
 * Widths after the output name take one picture each, for checking the layout:
 * `npx tsx scripts/screenshot.ts shots/app.png 1024 1366 1920` writes `shots/app-1024.png`…
 */
import { launchBrowser } from '../tests/helpers/browser.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';

const OUTPUT = process.argv[2] ?? 'docs/screenshot.png';
/** The README's picture is 1440 px wide: a common desktop width that shows the whole toolbar. */
const WIDTHS = process.argv.slice(3).map(Number);

const server = await serveStatic();
const browser = await launchBrowser();
try {
	for (const width of WIDTHS.length > 0 ? WIDTHS : [1440]) {
		const page = await browser.newPage({ viewport: { width, height: 860 }, deviceScaleFactor: 1 });
		await page.goto(server.url);
		// A fresh profile is a very first visit: the app opens the examples by itself (issue 13.7).
		await page
			.getByRole('status')
			.filter({ hasText: /^3 files · 39 segments$/ })
			.waitFor();
		await page.getByRole('textbox', { name: 'Translation' }).first().waitFor();
		// Let Monaco lay out its decorations before the picture is taken.
		await page.waitForTimeout(800);
		const path = WIDTHS.length > 0 ? OUTPUT.replace(/(\.png)?$/, `-${width}.png`) : OUTPUT;
		await page.screenshot({ path });
		await page.close();
		console.log(`screenshot: ${path}`);
	}
} finally {
	await browser.close();
	await server.close();
}
