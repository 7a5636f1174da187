import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';
import { pwaOptions } from './pwa.config.ts';

export default defineConfig({
	plugins: [svelte(), VitePWA(pwaOptions)],
	// Relative asset URLs so the built app works from any folder or static host.
	base: './',
	build: {
		target: 'es2022',
		// Monaco's editor chunk is ~2.8 MB on its own; warning about it every build is noise.
		chunkSizeWarningLimit: 4000
	},
	worker: { format: 'es' },
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					environment: 'node'
				}
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.e2e.ts'],
					environment: 'node',
					// One browser at a time: CI machines have two cores.
					fileParallelism: false,
					testTimeout: 60_000,
					hookTimeout: 60_000
				}
			}
		]
	}
});
