/**
 * Runs the two tools a patch must satisfy, `git apply` and GNU `patch -p1`, in a folder.
 * Both are required: CI installs them (scripts/ensure-chromium.sh), and a missing one fails the
 * test with a message saying what to install.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface ToolRun {
	readonly status: number | null;
	readonly output: string;
}

/** Runs `command` in `cwd` with `input` on stdin; a missing program reads as a clear failure. */
export function runTool(
	command: string,
	args: readonly string[],
	cwd: string,
	input?: Uint8Array
): ToolRun {
	const result = spawnSync(command, args, { cwd, input, encoding: 'utf8' });
	if (result.error)
		return {
			status: null,
			output: `${command} could not run (${result.error.message}): install it (apt-get install ${command})`
		};
	return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** A fresh temporary folder holding `files` (relative path → bytes). */
export function writeTree(files: ReadonlyMap<string, Uint8Array>): string {
	const root = mkdtempSync(join(tmpdir(), 'locdiff-patch-'));
	for (const [path, bytes] of files) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), bytes);
	}
	return root;
}

/** The bytes of `path` under `root`. */
export function readTreeFile(root: string, path: string): Uint8Array {
	return new Uint8Array(readFileSync(join(root, path)));
}
