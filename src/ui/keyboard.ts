/** Whether a key event comes from somewhere the user types text (a field or the editor). */
export function isTypingTarget(target: EventTarget | null): boolean {
	if (!(target instanceof Element)) return false;
	if (target.closest('input, textarea, select, [contenteditable], [role="textbox"]') !== null)
		return true;
	return target.closest('.monaco-editor') !== null;
}
