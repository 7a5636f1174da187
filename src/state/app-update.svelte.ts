/**
 * The app's own version: whether it works offline, and the update offered when a new version is
 * waiting. "Update" first writes every pending edit to IndexedDB and only then lets the new
 * version take over and reloads, so the new version restores the same workspace. When the edits
 * cannot be stored (quota, another tab saving, no IndexedDB), nothing is reloaded: the edits stay
 * in this tab and the translator is told to export them.
 */
import type { ServiceWorkerControl, ServiceWorkerEvents } from '../io/index.ts';

export interface AppUpdateDependencies {
	/** Writes every pending change now; resolves to true when all of it is stored. */
	readonly flush: () => Promise<boolean>;
	/** Registers the service worker (io/service-worker.ts, or a fake in tests). */
	readonly register: (events: ServiceWorkerEvents) => ServiceWorkerControl;
	readonly reload: () => void;
}

const UNSAVED =
	'Not updated: your latest edits could not be saved in this browser. Export your work, then try again.';
const ACTIVE_UNSAVED =
	'A new version of locdiff has started, but your latest edits could not be saved in this browser. Export your work, then choose Update to reload.';

export class AppUpdate {
	/** Every file of the app is cached: it loads and works with the network off. */
	isOfflineReady = $state(false);
	/** A new version is installed and waits for Update. */
	isUpdateWaiting = $state(false);
	/** Update was chosen: saving edits, then switching versions and reloading. */
	isUpdating = $state(false);
	/** Why the last Update did not go ahead, for the prompt; null when nothing went wrong. */
	problem = $state<string | null>(null);
	readonly #dependencies: AppUpdateDependencies;
	#control: ServiceWorkerControl | null = null;
	/** The new version already controls the page; only the reload is left to do. */
	#isNewVersionActive = false;

	constructor(dependencies: AppUpdateDependencies) {
		this.#dependencies = dependencies;
	}

	/** Registers the service worker; call once, after the page has mounted. */
	start(): void {
		this.#control ??= this.#dependencies.register({
			onOfflineReady: () => (this.isOfflineReady = true),
			onUpdateWaiting: () => (this.isUpdateWaiting = true),
			onNewVersionActive: () => void this.#reloadWhenSaved()
		});
	}

	/** Saves every edit, then activates the waiting version (which then reloads the page). */
	async update(): Promise<void> {
		if (this.isUpdating || this.#control === null) return;
		if (this.#isNewVersionActive) return this.#reloadWhenSaved();
		this.isUpdating = true;
		this.problem = null;
		if (!(await this.#dependencies.flush())) {
			this.isUpdating = false;
			this.problem = UNSAVED;
			return;
		}
		await this.#control.activate();
	}

	/** "Later": hides the prompt for this session; the new version starts on the next visit. */
	dismiss(): void {
		this.isUpdateWaiting = false;
		this.problem = null;
	}

	/**
	 * The new version controls the page (after our Update, or Update in another tab): the running
	 * code is now older than the cache, so reload, but only once the edits are stored.
	 */
	async #reloadWhenSaved(): Promise<void> {
		this.#isNewVersionActive = true;
		this.isUpdating = true;
		this.problem = null;
		if (await this.#dependencies.flush()) {
			this.#dependencies.reload();
			return;
		}
		this.isUpdating = false;
		this.isUpdateWaiting = true;
		this.problem = ACTIVE_UNSAVED;
	}
}
