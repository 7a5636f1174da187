/**
 * Node-side input for the CLI: reads files and walks folders for `*.md`. Reading and decoding
 * failures are values, so one bad file never stops the others.
 */
import { readFile as readFileCallback } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseSxsBytes, type SxsDocument } from '../core/index.ts';
import { reportUnreadable, type Output } from './output.ts';

export type LoadedFile =
	| {
			readonly ok: true;
			readonly path: string;
			readonly bytes: Uint8Array;
			readonly document: SxsDocument;
	  }
	| { readonly ok: false; readonly path: string; readonly reason: string };

/** Reads and parses one file. Invalid UTF-8 counts as undecodable for the CLI: scripts want a clear no. */
export async function loadFile(path: string): Promise<LoadedFile> {
	const bytes = await readBytes(path);
	return typeof bytes === 'string' ? { ok: false, path, reason: bytes } : parseLoaded(path, bytes);
}

/** Parses bytes already read (the worker threads read their own files), with `loadFile`'s rules. */
export function parseLoaded(path: string, bytes: Uint8Array): LoadedFile {
	const parsed = parseSxsBytes(bytes);
	if (!parsed.ok) return { ok: false, path, reason: parsed.error.message };
	const invalid = parsed.document.diagnostics.find((d) => d.code === 'invalid-utf8');
	if (invalid) return { ok: false, path, reason: invalid.message };
	return { ok: true, path, bytes, document: parsed.document };
}

/** A file that was read and parsed. */
export type ReadableFile = Extract<LoadedFile, { ok: true }>;

/**
 * Loads every file of a command that needs them all: each unreadable one is named on stderr,
 * and then the result is null (the command exits 2); else the files, in the order given.
 */
export async function loadAllOrReport(
	output: Output,
	paths: readonly string[]
): Promise<ReadableFile[] | null> {
	const loaded = await Promise.all(paths.map(loadFile));
	const readable: ReadableFile[] = [];
	for (const file of loaded) {
		if (file.ok) readable.push(file);
		else reportUnreadable(output, file.path, file.reason);
	}
	return readable.length === loaded.length ? readable : null;
}

/**
 * A file's bytes (a Buffer, not copied), or why it cannot be read. The callback `readFile` is
 * used because in Node 20 it takes fewer thread-pool round trips than `fs/promises`' one.
 */
export function readBytes(path: string): Promise<Buffer | string> {
	return new Promise((resolve) => {
		readFileCallback(path, (error, bytes) => resolve(error ? describeReadError(error) : bytes));
	});
}

/** Expands folders into their `*.md` files (recursively, sorted); files are kept as given. */
export async function expandPaths(paths: readonly string[]): Promise<string[]> {
	const out: string[] = [];
	for await (const path of walkPaths(paths)) out.push(path);
	return out;
}

/**
 * `expandPaths` as a stream: yields each path as soon as it is found, so work on a 100,000-file
 * tree starts at once and never needs the whole list.
 */
export async function* walkPaths(paths: readonly string[]): AsyncGenerator<string> {
	for (const path of paths) {
		const info = await stat(path).catch(() => null);
		if (info?.isDirectory()) yield* walkMarkdown(path);
		else yield path;
	}
}

async function* walkMarkdown(dir: string): AsyncGenerator<string> {
	const entries = await readdir(dir, { withFileTypes: true });
	entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	for (const entry of entries) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* walkMarkdown(path);
		else if (entry.isFile() && entry.name.toLowerCase().endsWith('.md')) yield path;
	}
}

function describeReadError(error: unknown): string {
	const code =
		typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
	if (code === 'ENOENT') return 'no such file';
	if (code === 'EISDIR') return 'is a folder, not a file';
	if (code === 'EACCES') return 'permission denied';
	return error instanceof Error ? error.message : String(error);
}
