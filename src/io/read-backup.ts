/**
 * Reading the file chosen for **Import workspace**: its bytes, unzipped into path → bytes. The
 * format itself is checked by the core (decodeWorkspaceBackup); this only says whether it is a
 * zip at all. fflate throws on anything that is not one, with a terse message ("invalid zip
 * data"), so the error becomes a sentence a translator can act on.
 */
import { unzipSync } from 'fflate';

export type UnzipResult =
	| { readonly ok: true; readonly entries: ReadonlyMap<string, Uint8Array> }
	| { readonly ok: false; readonly message: string };

export async function readFileBytes(file: Blob): Promise<Uint8Array> {
	return new Uint8Array(await file.arrayBuffer());
}

export function unzipEntries(bytes: Uint8Array): UnzipResult {
	try {
		const files = unzipSync(bytes);
		return { ok: true, entries: new Map(Object.entries(files)) };
	} catch (error: unknown) {
		const reason = error instanceof Error ? error.message : String(error);
		return {
			ok: false,
			message: `It is not a zip file (${reason}), so it is not a locdiff workspace backup.`
		};
	}
}
