/** Which of Monaco's built-in themes fits the system's colours (pure, so it is unit-tested). */
export type MonacoTheme = 'vs' | 'vs-dark' | 'hc-black' | 'hc-light';

/** Forced colors win over the scheme: a high-contrast theme, dark or light as the scheme asks. */
export function themeFor(isForced: boolean, isDark: boolean): MonacoTheme {
	if (isForced) return isDark ? 'hc-black' : 'hc-light';
	return isDark ? 'vs-dark' : 'vs';
}
