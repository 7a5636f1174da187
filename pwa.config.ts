/**
 * The installable, offline app (issue 5): vite-plugin-pwa's options, read by vite.config.ts.
 * Workbox (generateSW) writes sw.js, which precaches every file of the build at install, so after
 * one online visit the app, its workers, Monaco and its codicon font load with the network off.
 * The service worker and its Workbox runtime are files of the build itself (no CDN): nothing is
 * ever fetched from another origin, online or offline.
 */
import type { VitePWAOptions } from 'vite-plugin-pwa';

/** Monaco's editor chunk is ~3.2 MB minified; Workbox skips (and the plugin fails on) > 2 MiB. */
const MAX_PRECACHE_FILE_BYTES = 6 * 1024 * 1024;

export const pwaOptions: Partial<VitePWAOptions> = {
	// A new version is offered ("Update"), never forced: it waits until the translator's open
	// workspace has been flushed to IndexedDB (src/state/app-update.svelte.ts).
	registerType: 'prompt',
	// Registered by our own glue (src/io/service-worker.ts) through `virtual:pwa-register`, not
	// by an injected registerSW.js script, so the UI can show offline-ready and update states.
	injectRegister: false,
	// The glob below already takes every icon; listing them again would duplicate precache entries.
	includeManifestIcons: false,
	manifest: {
		name: 'locdiff',
		short_name: 'locdiff',
		description: 'Diff and merge workbench for Microsoft Docs bilingual (sxs) Markdown files',
		// Relative, like `base: './'`: resolved against manifest.webmanifest, so an installed app
		// works from whatever folder or host path dist/ is served from.
		start_url: './',
		scope: './',
		id: './',
		display: 'standalone',
		background_color: '#f5f6f8',
		theme_color: '#1f4e79',
		icons: [
			{ src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
			{ src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
			{ src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
			{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' }
		]
	},
	workbox: {
		// Everything the build emits. Workbox's default (js, css, html) would leave out the
		// codicon .ttf (Monaco's icons: arrows, find widget, diff gutter) and the icons. The plugin
		// adds manifest.webmanifest itself.
		globPatterns: ['**/*.{js,css,html,ttf,woff2,svg,png}'],
		maximumFileSizeToCacheInBytes: MAX_PRECACHE_FILE_BYTES,
		// The runtime goes into sw.js itself: one file, no importScripts of a workbox-*.js.
		inlineWorkboxRuntime: true,
		// The first visit's page is controlled at once, so a worker or chunk it starts later
		// (parse and QA workers, Monaco's worker) comes from the cache even if the network drops
		// mid-session. Updates still wait for "Update": there is no skipWaiting.
		clientsClaim: true,
		// Any in-scope navigation (a bookmarked ./?x, an installed app's start_url) gets the app.
		navigateFallback: 'index.html',
		cleanupOutdatedCaches: true
	}
};
