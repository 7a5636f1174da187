// Vite's `?raw` module types, also for the Node-side configs that type-check the unit tests.
/// <reference types="vite/client" />
/**
 * The built-in example: one invented page (a fictional note app's sync settings) in three
 * locales, bundled with `?raw` so "Try the examples" needs no network and no file chooser.
 */
import german from './sync-settings.de-DE.md?raw';
import ukrainian from './sync-settings.uk-UA.md?raw';
import chinese from './sync-settings.zh-CN.md?raw';

export interface ExampleFile {
	/** Relative path the example opens under. */
	readonly path: string;
	readonly text: string;
}

export const EXAMPLE_FILES: readonly ExampleFile[] = [
	{ path: 'examples/sync-settings.de-DE.md', text: german },
	{ path: 'examples/sync-settings.uk-UA.md', text: ukrainian },
	{ path: 'examples/sync-settings.zh-CN.md', text: chinese }
];
