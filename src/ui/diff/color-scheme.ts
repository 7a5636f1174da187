/**
 * Monaco's theme follows the system (issue 13.4): `vs` for light, `vs-dark` for a dark
 * `prefers-color-scheme`, and a high-contrast theme when `forced-colors` is active (Windows
 * High Contrast and the like), dark or light as the scheme asks. Monaco's theme is global, so
 * one listener serves every editor; it is installed once and follows changes live.
 */
import { monaco } from './monaco.ts';
import { themeFor } from './theme-choice.ts';

const FORCED = '(forced-colors: active)';
const DARK = '(prefers-color-scheme: dark)';

let isFollowing = false;

export function followColorScheme(): void {
	if (isFollowing) return;
	isFollowing = true;
	const forced = window.matchMedia(FORCED);
	const dark = window.matchMedia(DARK);
	const apply = (): void => monaco.editor.setTheme(themeFor(forced.matches, dark.matches));
	forced.addEventListener('change', apply);
	dark.addEventListener('change', apply);
	apply();
}
