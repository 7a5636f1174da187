/**
 * Asks for one file through a file chooser made on the spot. Not a hidden `<input>` in the page:
 * the open-files choosers are the page's only file inputs, which keeps them easy to find (for
 * tests and for assistive tech), and this one is needed only for a moment.
 */
export function pickFile(accept: string, onpick: (file: File) => void): void {
	const input = document.createElement('input');
	input.type = 'file';
	input.accept = accept;
	input.addEventListener('change', () => {
		const file = input.files?.[0];
		if (file !== undefined) onpick(file);
	});
	input.click();
}

/** Asks for one or more files through a file chooser made on the spot (see pickFile). */
export function pickFiles(accept: string, onpick: (files: File[]) => void): void {
	const input = document.createElement('input');
	input.type = 'file';
	input.accept = accept;
	input.multiple = true;
	input.addEventListener('change', () => {
		const files = [...(input.files ?? [])];
		if (files.length > 0) onpick(files);
	});
	input.click();
}
