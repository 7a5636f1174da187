/**
 * Export XLIFF, Import XLIFF and Export TMX (issue 11). The XML work runs in the interchange
 * worker with the same core functions as the CLI, so the app writes the CLI's bytes for the same
 * files and edits. An import's translations become ordinary edits in ONE bulk step (Ctrl+Z
 * outside the editor takes it back), saved like typing; what was imported, left unchanged or
 * refused waits in `lastImport` for the Import XLIFF dialog.
 */
import type { FileId, ImportProblem, XliffVersion } from '../core/index.ts';
import { baseName, downloadBytes, pickFile } from '../io/index.ts';
import type { InteropRunner, WorkspaceFileData } from '../worker/index.ts';
import type { BulkUndo } from './bulk-undo.svelte.ts';
import { filesToExport } from './example-files.ts';
import type { FileEntry } from './file-entry.ts';
import type { Notices } from './notices.svelte.ts';
import type { Workspace } from './workspace.svelte.ts';

/** A unit (or a whole `<file>`, unitId null) the import left out, and why. */
export interface RefusedView {
	readonly path: string;
	readonly unitId: string | null;
	readonly reason: string;
}

/** What the Import XLIFF dialog shows. */
export type ImportSummary =
	| {
			readonly ok: true;
			readonly fileName: string;
			readonly imported: number;
			readonly unchanged: number;
			readonly refused: readonly RefusedView[];
			readonly problems: readonly ImportProblem[];
	  }
	| { readonly ok: false; readonly fileName: string; readonly message: string };

export type XliffScope = 'current' | 'all';

const XLIFF_TYPE = 'application/xliff+xml';
const TMX_TYPE = 'application/x-tmx+xml';

export class Interchange {
	/** The last XLIFF import's summary, until the dialog is closed. */
	lastImport = $state.raw<ImportSummary | null>(null);
	isWorking = $state(false);

	constructor(
		private readonly workspace: Workspace,
		private readonly notices: Notices,
		private readonly bulkUndo: BulkUndo,
		private readonly interop: InteropRunner,
		private readonly isExample: (entry: FileEntry) => boolean,
		private readonly download = downloadBytes
	) {}

	/**
	 * Export XLIFF: the current file or all open files, as `<name>.xlf` or `locdiff.xlf`. Returns
	 * null when done, or why nothing was written (2.0 and several locales), for the dialog.
	 */
	async exportXliff(scope: XliffScope, xliffVersion: XliffVersion): Promise<string | null> {
		const current = this.workspace.current;
		const entries = scope === 'current' ? (current === null ? [] : [current]) : this.#allFiles();
		const files = this.#data(entries);
		if (files.length === 0) return 'There is no bilingual file to export.';
		const answer = await this.#run({ type: 'export-xliff', files, xliffVersion });
		if (answer.type === 'refused' || answer.type === 'failed') return answer.message;
		if (answer.type !== 'exported') return 'The export gave no file.';
		const name = scope === 'current' && current !== null ? xliffName(current.path) : 'locdiff.xlf';
		this.download(name, answer.bytes, XLIFF_TYPE);
		return null;
	}

	/** Export TMX: one memory of every open file's pairs (the CLI's `tmx`). */
	async exportTmx(): Promise<void> {
		const files = this.#data(this.#allFiles());
		if (files.length === 0) return;
		const answer = await this.#run({ type: 'export-tmx', files });
		if (answer.type === 'exported') this.download('locdiff.tmx', answer.bytes, TMX_TYPE);
		else if ('message' in answer)
			this.notices.push('error', `Export TMX failed: ${answer.message}`);
	}

	/** Import XLIFF: asks for the file, then imports it. */
	chooseXliff(): void {
		pickFile('.xlf,.xliff,.xml,application/xliff+xml', (file) => void this.importXliff(file));
	}

	/** Import XLIFF from a chosen file's bytes; the summary goes to `lastImport`. */
	async importXliff(file: {
		readonly name: string;
		arrayBuffer(): Promise<ArrayBuffer>;
	}): Promise<void> {
		const fileName = file.name;
		const xml = new Uint8Array(await file.arrayBuffer());
		const files = this.#data(this.workspace.files);
		const answer = await this.#run({ type: 'import-xliff', xml, files });
		if (answer.type !== 'imported-xliff') {
			const message = 'message' in answer ? answer.message : 'unexpected answer';
			this.lastImport = { ok: false, fileName, message };
			return;
		}
		const result = answer.result;
		if (!result.ok) {
			const message = `${result.error.message}${result.error.line > 0 ? ` (line ${result.error.line})` : ''} Nothing was changed.`;
			this.lastImport = { ok: false, fileName, message };
			return;
		}
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- built once, handed to BulkUndo
		const texts = new Map<FileId, ReadonlyMap<string, string>>();
		for (const imported of result.files) {
			const entry = this.workspace.files.find((file) => file.path === imported.path);
			if (entry !== undefined && imported.edits.size > 0) texts.set(entry.id, imported.edits);
		}
		const imported = this.bulkUndo.apply('The XLIFF import', texts);
		const refused: RefusedView[] = [
			...result.refused,
			...result.unmatchedFiles.map((name) => ({
				path: name,
				unitId: null,
				reason: 'No open file has this path: its units were not imported.'
			}))
		];
		const unchanged = result.files.reduce((sum, file) => sum + file.unchanged, 0);
		this.lastImport = {
			ok: true,
			fileName,
			imported,
			unchanged,
			refused,
			problems: result.problems
		};
	}

	closeImport(): void {
		this.lastImport = null;
	}

	async #run(call: Parameters<InteropRunner['run']>[0]): ReturnType<InteropRunner['run']> {
		this.isWorking = true;
		try {
			return await this.interop.run(call);
		} finally {
			this.isWorking = false;
		}
	}

	#allFiles(): readonly FileEntry[] {
		return filesToExport(this.workspace.files, this.isExample);
	}

	/** The files that loaded as sxs, with their edits and confirmations. */
	#data(entries: readonly FileEntry[]): WorkspaceFileData[] {
		return entries
			.filter((entry) => entry.summary.ok)
			.map((entry) => ({
				path: entry.path,
				bytes: entry.bytes,
				edits: this.workspace.editsOf(entry.id),
				confirmed: this.workspace.confirmedOf(entry.id)
			}));
	}
}

/** `docs/setup.de-DE.md` → `setup.de-DE.xlf`. */
function xliffName(path: string): string {
	const name = baseName(path);
	const dot = name.lastIndexOf('.');
	return `${dot > 0 ? name.slice(0, dot) : name}.xlf`;
}
