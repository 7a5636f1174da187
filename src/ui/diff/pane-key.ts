/**
 * The key under which the diff pane keeps a file's Monaco models and undo history. A file's id
 * stays when it is updated to another version, but its source and original change: the new
 * entry object gets a new key, so the pane builds fresh models instead of showing the old source,
 * and the old version's models are disposed like a closed file's.
 */
const keys = new WeakMap<object, string>();
let nextKey = 1;

export function paneKeyOf(file: { readonly id: string }): string {
	let key = keys.get(file);
	if (key === undefined) {
		key = `${file.id}#${nextKey++}`;
		keys.set(file, key);
	}
	return key;
}
