/** Wires AppUpdate to the real service worker and page reload (tests hand in fakes instead). */
import { registerServiceWorker } from '../io/index.ts';
import { AppUpdate } from './app-update.svelte.ts';

/** `flush` is the workbench's: it resolves to true once every edit is stored. */
export function createAppUpdate(flush: () => Promise<boolean>): AppUpdate {
	return new AppUpdate({
		flush,
		register: registerServiceWorker,
		reload: () => window.location.reload()
	});
}
