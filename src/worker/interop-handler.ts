/**
 * What the interchange worker does with each call, as a plain function over the core, so the
 * same code runs in the worker and, when no worker can start (or in tests), on the main thread.
 * It keeps the indexed memories between calls.
 */
import {
	exportTmx,
	exportXliff,
	findInMemories,
	importXliff,
	indexMemory,
	packMemory,
	parseTmx,
	summarizeMemory,
	toInterchangeFiles,
	unpackMemory,
	type IndexedMemory
} from '../core/index.ts';
import type { InteropAnswer, InteropCall } from './interop-protocol.ts';

/**
 * Which buffers a message may hand over instead of copying: the TMX being imported and a stored
 * memory's bytes (the caller keeps no use for them), and whatever bytes an answer carries.
 */
export function transferablesOf(message: InteropCall | InteropAnswer): ArrayBuffer[] {
	const bytes =
		message.type === 'import-tmx'
			? message.tmx
			: message.type === 'load-memory' || message.type === 'imported-tmx'
				? message.packed
				: message.type === 'exported'
					? message.bytes
					: null;
	return bytes !== null && bytes.buffer instanceof ArrayBuffer ? [bytes.buffer] : [];
}

export type InteropHandler = (call: InteropCall) => InteropAnswer;

export function createInteropHandler(): InteropHandler {
	const memories = new Map<string, IndexedMemory>();
	const encoder = new TextEncoder();
	const decoder = new TextDecoder();
	return (call) => {
		switch (call.type) {
			case 'export-xliff': {
				const { files, failed } = toInterchangeFiles(call.files);
				const result = exportXliff(files, { version: call.xliffVersion });
				if (!result.ok) return { type: 'refused', message: result.message };
				return { type: 'exported', bytes: encoder.encode(result.xml), failed };
			}
			case 'export-tmx': {
				const { files, failed } = toInterchangeFiles(call.files);
				return { type: 'exported', bytes: encoder.encode(exportTmx(files)), failed };
			}
			case 'import-xliff': {
				const { files } = toInterchangeFiles(call.files);
				return { type: 'imported-xliff', result: importXliff(call.xml, files) };
			}
			case 'import-tmx': {
				const parsed = parseTmx(call.tmx);
				if (!parsed.ok) return { type: 'refused', message: parsed.error.message };
				memories.set(call.memoryId, indexMemory(call.memoryId, parsed.entries));
				const summary = summarizeMemory(parsed.entries);
				return {
					type: 'imported-tmx',
					packed: encoder.encode(packMemory(parsed.entries)),
					summary,
					skipped: parsed.skipped
				};
			}
			case 'load-memory': {
				const entries = unpackMemory(decoder.decode(call.packed));
				if (entries === null) return { type: 'refused', message: 'The stored memory is damaged.' };
				memories.set(call.memoryId, indexMemory(call.memoryId, entries));
				return { type: 'done' };
			}
			case 'drop-memory':
				memories.delete(call.memoryId);
				return { type: 'done' };
			case 'find-matches':
				return {
					type: 'matches',
					matches: findInMemories(memories.values(), call.source, call.locale, call.limit)
				};
		}
	};
}
