/**
 * Synthesised file trees for the CLI bench: `count` files copied round-robin from a list of
 * source files into `dir/dNNN/` (1,000 files per folder, as in a docs repository's locale
 * folders). Only the source files are held in memory, never the tree.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes the tree and returns its total size in bytes. */
export function synthesiseTree(dir: string, sources: readonly Uint8Array[], count: number): number {
	let bytes = 0;
	for (let i = 0; i < count; i++) {
		const folder = join(dir, `d${String(Math.floor(i / 1000)).padStart(3, '0')}`);
		if (i % 1000 === 0) mkdirSync(folder, { recursive: true });
		const source = sources[i % sources.length] ?? new Uint8Array();
		writeFileSync(join(folder, `f${String(i).padStart(6, '0')}.md`), source);
		bytes += source.length;
	}
	return bytes;
}

/** The bytes of every `*.md` file under `dir`, sorted by path. */
export function readMarkdownTree(dir: string): Uint8Array[] {
	return readdirSync(dir)
		.sort()
		.flatMap((name) => {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) return readMarkdownTree(path);
			return name.endsWith('.md') ? [new Uint8Array(readFileSync(path))] : [];
		});
}
