/**
 * Flushes queued writes when the page is hidden, frozen or being unloaded: the last chance to
 * save the final keystrokes before a tab close, a reload or the OS discarding a background tab.
 * A killed browser process gets no such event; the store's short save delay covers that case.
 */
export function flushWhenHidden(flush: () => Promise<void>): () => void {
	const onVisibility = (): void => {
		if (document.visibilityState === 'hidden') void flush();
	};
	const onLeave = (): void => void flush();
	document.addEventListener('visibilitychange', onVisibility);
	// `freeze`: Chromium's page lifecycle, sent before a background tab is frozen or discarded.
	document.addEventListener('freeze', onLeave);
	window.addEventListener('pagehide', onLeave);
	return () => {
		document.removeEventListener('visibilitychange', onVisibility);
		document.removeEventListener('freeze', onLeave);
		window.removeEventListener('pagehide', onLeave);
	};
}
