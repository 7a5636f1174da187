/** Whether a drag carries files (not text or a link dragged from the page itself). */
export function hasDraggedFiles(event: DragEvent): boolean {
	return event.dataTransfer?.types.includes('Files') ?? false;
}
