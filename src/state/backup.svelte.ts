/**
 * Export workspace / Import workspace: one zip with every opened file's original bytes, all
 * edits, cursors, the current file and the settings (format: core/workspace-backup/).
 *
 * Import is all or nothing. The whole file is read and checked (zip, manifest, version, every
 * file's length and SHA-256, every edit) before anything is touched; a damaged backup leaves the
 * workspace as it was and says what is wrong. A good backup replaces the workspace only after
 * the translator confirmed what it discards (asked only when there is something to discard).
 */
import { decodeWorkspaceBackup, encodeWorkspaceBackup, toFileId } from '../core/index.ts';
import type { WorkspaceBackup } from '../core/index.ts';
import { downloadBytes, pickFile, readFileBytes, unzipEntries, zipFiles } from '../io/index.ts';
import type { CurrentFile } from './current-file.svelte.ts';
import type { Loader } from './loader.svelte.ts';
import type { Notices } from './notices.svelte.ts';
import type { Workspace } from './workspace.svelte.ts';

export interface BackupDependencies {
	readonly workspace: Workspace;
	readonly current: CurrentFile;
	readonly loader: Loader;
	readonly notices: Notices;
	/** Empties the workspace in memory and in storage (what Close all does). */
	readonly clear: () => Promise<void>;
	readonly download?: typeof downloadBytes;
	/** The time as an ISO string (tests fix it). */
	readonly now?: () => string;
}

/** A checked backup waiting for the translator to confirm the replacement. */
export interface PendingImport {
	readonly fileName: string;
	readonly backup: WorkspaceBackup;
}

export class WorkspaceBackups {
	pending = $state.raw<PendingImport | null>(null);
	isImporting = $state(false);
	/** What the waiting backup holds, for the confirmation: `3 files and 2 edits`. */
	readonly incoming = $derived(this.pending === null ? '' : describeBackup(this.pending.backup));
	readonly #deps: BackupDependencies;

	constructor(dependencies: BackupDependencies) {
		this.#deps = dependencies;
	}

	/** Works from memory only, so it still works when storage is full or failing. */
	exportWorkspace(): void {
		const { workspace, current } = this.#deps;
		const backup: WorkspaceBackup = {
			files: workspace.files.map((entry) => ({
				path: entry.path,
				bytes: entry.bytes,
				edits: workspace.editsOf(entry.id),
				confirmed: workspace.confirmedOf(entry.id),
				dismissed: workspace.dismissedOf(entry.id),
				drafts: workspace.draftsOf(entry.id),
				cursor: workspace.cursorOf(entry.id)
			})),
			currentPath: workspace.current?.path ?? null,
			settings: { compare: current.compare }
		};
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a one-off timestamp, not state
		const createdAt = this.#deps.now?.() ?? new Date().toISOString();
		const zip = zipFiles(encodeWorkspaceBackup(backup, createdAt));
		const day = createdAt.slice(0, 10);
		(this.#deps.download ?? downloadBytes)(`locdiff-workspace-${day}.zip`, zip, 'application/zip');
	}

	/** Import workspace: asks for a backup zip, then `chooseFile`. */
	importWorkspace(): void {
		pickFile('.zip,application/zip', (file) => void this.chooseFile(file));
	}

	/** Reads and checks a chosen backup; imports it, or asks first if work would be discarded. */
	async chooseFile(file: File): Promise<void> {
		const checked = await readBackup(file);
		if (!checked.ok) {
			this.#deps.notices.push('error', `${file.name} was not imported. ${checked.message}`);
			return;
		}
		if (this.#deps.workspace.files.length === 0) await this.#replace(file.name, checked.backup);
		else this.pending = { fileName: file.name, backup: checked.backup };
	}

	async confirmImport(): Promise<void> {
		const pending = this.pending;
		this.pending = null;
		if (pending !== null) await this.#replace(pending.fileName, pending.backup);
	}

	cancelImport(): void {
		this.pending = null;
	}

	async #replace(fileName: string, backup: WorkspaceBackup): Promise<void> {
		const { workspace, current, loader, notices } = this.#deps;
		this.isImporting = true;
		try {
			await this.#deps.clear();
			// Tagged `import`: saved like the translator's own work, through the one saving path.
			const files = backup.files.map((file) => ({ path: file.path, contents: file.bytes }));
			await loader.open(files, 'import');
			for (const file of backup.files) {
				const isStart = file.cursor.index === 0 && file.cursor.column === 1;
				const isBare = file.edits.size === 0 && file.confirmed.size === 0;
				if (isBare && file.dismissed.size === 0 && file.drafts.size === 0 && isStart) continue;
				const id = toFileId(file.path);
				workspace.setFileEdits(
					id,
					file.edits,
					file.cursor,
					'import',
					file.confirmed,
					file.dismissed,
					file.drafts
				);
			}
			const currentPath = backup.currentPath ?? workspace.currentId;
			if (currentPath !== null) current.select(toFileId(currentPath));
			workspace.setCompare(backup.settings.compare, 'import');
			notices.push('info', `Imported ${fileName}: ${describeBackup(backup)}.`);
		} finally {
			this.isImporting = false;
		}
	}
}

/** `3 files and 2 edits`, for the confirmation and the notice. */
export function describeBackup(backup: WorkspaceBackup): string {
	const edits = backup.files.reduce((sum, file) => sum + file.edits.size, 0);
	return `${backup.files.length} files and ${edits} edits`;
}

async function readBackup(
	file: Blob
): Promise<{ ok: true; backup: WorkspaceBackup } | { ok: false; message: string }> {
	let bytes: Uint8Array;
	try {
		bytes = await readFileBytes(file);
	} catch (error: unknown) {
		const reason = error instanceof Error ? error.message : String(error);
		return { ok: false, message: `It could not be read (${reason}).` };
	}
	const unzipped = unzipEntries(bytes);
	return unzipped.ok ? decodeWorkspaceBackup(unzipped.entries) : unzipped;
}
