/** A file the user gave us: its path relative to what they picked or dropped, and its contents. */
export interface PickedFile {
	/** Forward-slash relative path, e.g. `docs/de-de/setup.md`; just the name for loose files. */
	readonly path: string;
	readonly blob: Blob;
}

/** Removes a leading slash and turns backslashes into slashes, so paths compare and zip cleanly. */
export function normalizeRelativePath(path: string): string {
	return path.replaceAll('\\', '/').replace(/^\/+/, '');
}
