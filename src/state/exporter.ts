/**
 * Export use cases: the current file as sxs, every file as one zip, and the clean target-only
 * Markdown (one file, or all as a zip). Bytes go through `encodeSxsText`, so everything outside
 * the edited translations is byte-identical to the input. Unedited files are exported as their
 * original bytes without parsing: exporting thousands of files costs a zip, not a re-parse.
 */
import { cleanSxs, createMultiFilePatch, encodeSxsText, parseSxsBytes } from '../core/index.ts';
import { serializeSxs, type PatchFile } from '../core/index.ts';
import { baseName, downloadBytes, zipFiles, type ZipEntry } from '../io/index.ts';
import type { FileEntry } from './file-entry.ts';
import { filesToExport } from './example-files.ts';
import type { Notices } from './notices.svelte.ts';
import type { Workspace } from './workspace.svelte.ts';

const MARKDOWN = 'text/markdown;charset=utf-8';
const ZIP = 'application/zip';

export class Exporter {
	constructor(
		private readonly workspace: Workspace,
		private readonly notices: Notices,
		private readonly download = downloadBytes,
		/** The built-in examples: left out of exports of all files once real files are open. */
		private readonly isExample: (entry: FileEntry) => boolean = () => false
	) {}

	exportFile(): void {
		const entry = this.workspace.current;
		if (entry === null) return;
		this.#sayDrafts([entry]);
		this.download(baseName(entry.path), this.#bilingualBytes(entry), MARKDOWN);
	}

	exportAll(): void {
		const startedAt = performance.now();
		const exported = filesToExport(this.workspace.files, this.isExample);
		this.#sayDrafts(exported);
		const entries = exported.map((entry) => ({
			path: entry.path,
			bytes: this.#bilingualBytes(entry)
		}));
		if (entries.length > 0) this.download('locdiff-export.zip', zipFiles(entries), ZIP);
		performance.measure('locdiff:export-all', { start: startedAt });
	}

	exportClean(): void {
		const entry = this.workspace.current;
		const bytes = entry === null ? null : this.#cleanBytes(entry);
		if (entry !== null) this.#sayDrafts([entry]);
		if (entry !== null && bytes !== null)
			this.download(cleanName(baseName(entry.path)), bytes, MARKDOWN);
	}

	exportCleanAll(): void {
		const entries: ZipEntry[] = [];
		const exported = filesToExport(this.workspace.files, this.isExample);
		this.#sayDrafts(exported);
		for (const entry of exported) {
			const bytes = this.#cleanBytes(entry);
			if (bytes !== null) entries.push({ path: entry.path, bytes });
		}
		if (entries.length > 0) this.download('locdiff-clean.zip', zipFiles(entries), ZIP);
	}

	/**
	 * Export patch: one unified diff of every edited file against its original, which `git apply`
	 * and `patch -p1` accept. Unchanged files are left out (a header-only patch is refused by both).
	 */
	exportPatch(): void {
		const files: PatchFile[] = [];
		for (const entry of this.workspace.files) {
			if (this.workspace.editsOf(entry.id).size === 0 || !entry.summary.ok) continue;
			const parsed = parseSxsBytes(entry.bytes);
			if (!parsed.ok) continue;
			const edited = serializeSxs(parsed.document, this.workspace.editsOf(entry.id)).text;
			files.push({ path: entry.path, original: parsed.document.text, edited });
		}
		this.#sayDrafts(this.workspace.files);
		const patch = createMultiFilePatch(files);
		if (patch === '') {
			this.notices.push('info', 'Nothing to export as a patch: no file has edits.');
			return;
		}
		this.download('locdiff.patch', encodeSxsText(patch), 'text/x-diff;charset=utf-8');
	}

	/** Downloads a text the app made (a list for the translator), as UTF-8. */
	exportText(name: string, text: string): void {
		this.download(name, new TextEncoder().encode(text), 'text/plain;charset=utf-8');
	}

	/**
	 * Drafts are never exported (issue 13.6): their segments keep the last valid translation.
	 * One notice per export names them, so the translator knows what is still to fix.
	 */
	#sayDrafts(entries: readonly FileEntry[]): void {
		const named = entries.flatMap((entry) => {
			const ids = [...this.workspace.draftsOf(entry.id).keys()];
			return ids.length === 0 ? [] : [`${entry.path}: ${ids.join(', ')}`];
		});
		if (named.length === 0) return;
		this.notices.push(
			'warning',
			`Invalid segments exported with their last valid translation (their drafts are not exported): ${named.join('; ')}.`
		);
	}

	/** The file as sxs with its edits; failed and unedited files are their original bytes. */
	#bilingualBytes(entry: FileEntry): Uint8Array {
		const edits = this.workspace.editsOf(entry.id);
		if (edits.size === 0 || !entry.summary.ok) return entry.bytes;
		const parsed = parseSxsBytes(entry.bytes);
		if (!parsed.ok) return entry.bytes;
		const { text, refused } = serializeSxs(parsed.document, edits);
		for (const edit of refused) {
			this.notices.push(
				'warning',
				`${entry.path}: edit of ${edit.id} not exported. ${edit.reason}`
			);
		}
		return encodeSxsText(text);
	}

	/** Target-only Markdown, or null for files that did not load as sxs. */
	#cleanBytes(entry: FileEntry): Uint8Array | null {
		if (!entry.summary.ok) return null;
		const parsed = parseSxsBytes(entry.bytes);
		if (!parsed.ok) return null;
		return encodeSxsText(cleanSxs(parsed.document, {}, this.workspace.editsOf(entry.id)));
	}
}

/** `setup.de-DE.md` → `setup.de-DE.clean.md`, so a clean file never overwrites its bilingual one. */
function cleanName(name: string): string {
	const dot = name.lastIndexOf('.');
	return dot > 0 ? `${name.slice(0, dot)}.clean${name.slice(dot)}` : `${name}.clean`;
}
