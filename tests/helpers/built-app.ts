/**
 * One served build and one Chromium per e2e test file: registers the beforeAll/afterAll pair
 * every workbench test needs. Read `app.server` and `app.browser` inside tests and hooks.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

export interface BuiltApp {
	readonly server: StaticServer;
	readonly browser: Browser;
}

export function useBuiltApp(): BuiltApp {
	const app: { server?: StaticServer; browser?: Browser } = {};
	beforeAll(async () => {
		app.server = await serveStatic();
		app.browser = await launchBrowser();
	});
	afterAll(async () => {
		await app.browser?.close();
		await app.server?.close();
	});
	return {
		get server(): StaticServer {
			if (!app.server) throw new Error('useBuiltApp: the server starts in beforeAll');
			return app.server;
		},
		get browser(): Browser {
			if (!app.browser) throw new Error('useBuiltApp: the browser starts in beforeAll');
			return app.browser;
		}
	};
}
