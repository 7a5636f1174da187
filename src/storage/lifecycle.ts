/**
 * Flushes queued writes when the page is hidden or being unloaded: the last chance to save the
 * final keystrokes before a tab close, a reload or the OS discarding a background tab.
 */
export function flushWhenHidden(flush: () => Promise<void>): () => void {
	const onVisibility = (): void => {
		if (document.visibilityState === 'hidden') void flush();
	};
	const onPageHide = (): void => void flush();
	document.addEventListener('visibilitychange', onVisibility);
	window.addEventListener('pagehide', onPageHide);
	return () => {
		document.removeEventListener('visibilitychange', onVisibility);
		window.removeEventListener('pagehide', onPageHide);
	};
}
