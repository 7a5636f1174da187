/** Where an interchange command's result goes: stdout, or a file named by `-o` (parents created). */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Output } from './output.ts';

/** Writes `bytes` to `path`, or to stdout when `path` is undefined; an error is a message. */
export async function writeResult(
	output: Output,
	path: string | undefined,
	bytes: Uint8Array | string
): Promise<string | null> {
	if (path === undefined) {
		output.stdout(bytes);
		return null;
	}
	try {
		await mkdir(dirname(path), { recursive: true });
		await writeFile(path, bytes);
		return null;
	} catch (error: unknown) {
		return `cannot write ${path}: ${error instanceof Error ? error.message : String(error)}`;
	}
}
