import { normalizeRelativePath, type PickedFile } from './picked-file.ts';

/**
 * Files from `<input type="file" multiple>` or `<input webkitdirectory>`. A folder pick gives
 * each file a `webkitRelativePath` that starts with the picked folder's name; loose files have
 * an empty one, so their name is their path.
 */
export function filesFromInput(files: Iterable<File>): PickedFile[] {
	return Array.from(files, (file) => ({
		path: normalizeRelativePath(file.webkitRelativePath || file.name),
		blob: file
	}));
}
