import { describe, expect, it } from 'vitest';
import { AppUpdate } from '../../../src/state/app-update.svelte.ts';
import type { ServiceWorkerEvents } from '../../../src/io/index.ts';

/** An AppUpdate on fakes that log, in order, every flush, activation and reload. */
function makeUpdate(isSaved: () => boolean = () => true) {
	const calls: string[] = [];
	let events: ServiceWorkerEvents | undefined;
	const update = new AppUpdate({
		flush: async () => {
			calls.push('flush:start');
			await Promise.resolve();
			calls.push('flush:done');
			return isSaved();
		},
		register: (registered) => {
			events = registered;
			return {
				activate: () => {
					calls.push('activate');
					return Promise.resolve();
				}
			};
		},
		reload: () => calls.push('reload')
	});
	update.start();
	if (events === undefined) throw new Error('start() did not register');
	return { update, calls, events };
}

describe('AppUpdate', () => {
	it('shows offline-ready and a waiting version as the service worker reports them', () => {
		const { update, events } = makeUpdate();
		expect(update.isOfflineReady).toBe(false);
		events.onOfflineReady();
		events.onUpdateWaiting();
		expect(update.isOfflineReady).toBe(true);
		expect(update.isUpdateWaiting).toBe(true);
	});

	it('stores every edit before activating the new version, and reloads only after that', async () => {
		const { update, calls, events } = makeUpdate();
		events.onUpdateWaiting();
		await update.update();
		expect(calls).toEqual(['flush:start', 'flush:done', 'activate']);
		events.onNewVersionActive();
		await Promise.resolve();
		await Promise.resolve();
		expect(calls.slice(3)).toEqual(['flush:start', 'flush:done', 'reload']);
	});

	it('neither activates nor reloads when the edits could not be stored, and says why', async () => {
		const { update, calls, events } = makeUpdate(() => false);
		events.onUpdateWaiting();
		await update.update();
		expect(calls).toEqual(['flush:start', 'flush:done']);
		expect(update.isUpdating).toBe(false);
		expect(update.problem).toMatch(/^Not updated: .*Export your work/);
	});

	it('does not reload into a version another tab started while edits here are unsaved', async () => {
		let isSaved = false;
		const { update, calls, events } = makeUpdate(() => isSaved);
		events.onNewVersionActive();
		await Promise.resolve();
		await Promise.resolve();
		expect(calls).not.toContain('reload');
		expect(update.problem).toMatch(/Export your work/);
		isSaved = true;
		await update.update();
		expect(calls.at(-1)).toBe('reload');
		expect(calls).not.toContain('activate');
	});

	it('ignores a second Update while the first is saving', async () => {
		const { update, calls, events } = makeUpdate();
		events.onUpdateWaiting();
		await Promise.all([update.update(), update.update()]);
		expect(calls.filter((call) => call === 'activate')).toHaveLength(1);
	});
});
