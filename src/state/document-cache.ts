/**
 * Parsed documents of open files, by their bytes. The worker only sends counts; the file on screen
 * and the files it is compared with are parsed here, once per version of their bytes (a weak
 * map: a closed or replaced file's document goes with its bytes).
 *
 * A big file on screen is parsed with `documentInTasks` instead: decoding 20 MB in one go was
 * the longest main-thread task of opening it and parsing it the next (~150–300 ms each on a busy
 * page, issue 13.8), so it is decoded a slice per task and parsed some thousand segments a task.
 */
import {
	decodeSxsBytesInSlices,
	parseSxsBytes,
	parseSxsInSteps,
	withDecodeDiagnostics,
	type SxsDocument
} from '../core/index.ts';
import { nextTask } from '../io/index.ts';

const documents = new WeakMap<Uint8Array, SxsDocument | null>();
const pending = new WeakMap<Uint8Array, Promise<SxsDocument | null>>();

/** Files from this size are parsed in tasks when shown (a few MB: ~10 ms of decoding per MB). */
export const PARSE_IN_TASKS_BYTES = 4_000_000;
/** Bytes decoded per task. */
const SLICE_BYTES = 1_000_000;
/** Segments parsed per task: ~10 ms of parsing at 65,000 segments in 20 MB. */
const SEGMENTS_PER_TASK = 5_000;

export function documentOf(bytes: Uint8Array): SxsDocument | null {
	let document = documents.get(bytes);
	if (document === undefined) {
		const parsed = parseSxsBytes(bytes);
		document = parsed.ok ? parsed.document : null;
		documents.set(bytes, document);
	}
	return document;
}

/** The document of `bytes` if it was parsed already; undefined when it was not. */
export function parsedDocument(bytes: Uint8Array): SxsDocument | null | undefined {
	return documents.get(bytes);
}

/**
 * The document of `bytes`, decoded a slice per task; cached like `documentOf`, and one parse
 * however often it is asked for while it runs.
 */
export function documentInTasks(bytes: Uint8Array): Promise<SxsDocument | null> {
	const known = documents.get(bytes);
	if (known !== undefined) return Promise.resolve(known);
	let running = pending.get(bytes);
	if (running === undefined) {
		running = parseInTasks(bytes);
		pending.set(bytes, running);
	}
	return running;
}

async function parseInTasks(bytes: Uint8Array): Promise<SxsDocument | null> {
	const decoded = await finishInTasks(decodeSxsBytesInSlices(bytes, SLICE_BYTES));
	const parsed = decoded.ok
		? withDecodeDiagnostics(
				decoded,
				await finishInTasks(parseSxsInSteps(decoded.text, SEGMENTS_PER_TASK))
			)
		: decoded;
	// What the document feeds (the pane's rows) is built in a task of its own.
	await nextTask();
	pending.delete(bytes);
	// documentOf may have parsed it meanwhile (an export, say): keep one document per bytes.
	const known = documents.get(bytes);
	if (known !== undefined) return known;
	const document = parsed.ok ? parsed.document : null;
	documents.set(bytes, document);
	return document;
}

/** Runs a stepped core computation to its end, one step per task. */
async function finishInTasks<T>(steps: Generator<void, T, void>): Promise<T> {
	for (;;) {
		await nextTask();
		const step = steps.next();
		if (step.done) return step.value;
	}
}
