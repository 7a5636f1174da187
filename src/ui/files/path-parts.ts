/**
 * A path split for display: the file name first, then its folder, whose middle is the part to
 * cut when space runs out (the start says which project, the end which locale folder).
 */
export interface PathParts {
	/** After the last slash: what the translator looks for. */
	readonly name: string;
	/** The start of the folder, cut with an ellipsis when the row is narrow. */
	readonly folderHead: string;
	/** The end of the folder (its last folder name), always shown. */
	readonly folderTail: string;
}

/** Longest last folder name kept whole at the end; a longer one keeps only its last characters. */
const TAIL_MAX = 24;
/** Characters kept at the end of a folder whose last name is longer than TAIL_MAX. */
const TAIL_CUT = 16;

export function splitPath(path: string): PathParts {
	const slash = path.lastIndexOf('/');
	const name = path.slice(slash + 1);
	const folder = slash < 0 ? '' : path.slice(0, slash + 1);
	const lastName = folder.slice(folder.lastIndexOf('/', folder.length - 2) + 1);
	const tailLength = lastName.length <= TAIL_MAX ? lastName.length : TAIL_CUT;
	const cut = folder.length - tailLength;
	return { name, folderHead: folder.slice(0, cut), folderTail: folder.slice(cut) };
}
