/**
 * Saves bytes as a download through a temporary object URL and `<a download>`. The URL is revoked
 * on the next task: revoking synchronously can cancel the download in some browsers.
 */
export function downloadBytes(fileName: string, bytes: Uint8Array, mimeType: string): void {
	// Copy into a fresh ArrayBuffer-backed view: Blob needs ArrayBuffer, not SharedArrayBuffer.
	const blob = new Blob([new Uint8Array(bytes)], { type: mimeType });
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.rel = 'noopener';
	link.style.display = 'none';
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The last part of a relative path: the name a single-file download is saved under. */
export function baseName(path: string): string {
	return path.slice(path.lastIndexOf('/') + 1);
}
