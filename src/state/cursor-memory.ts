/** Where the cursor was in each file. Not reactive: read when a file is shown, written on moves. */
import { START_CURSOR, type Cursor } from '../core/index.ts';

export class CursorMemory {
	readonly #cursors = new Map<string, Cursor>();

	get(fileId: string): Cursor {
		return this.#cursors.get(fileId) ?? START_CURSOR;
	}

	/** Returns false when the cursor did not move (nothing to save). */
	set(fileId: string, cursor: Cursor): boolean {
		const previous = this.#cursors.get(fileId);
		if (previous?.index === cursor.index && previous.column === cursor.column) return false;
		this.#cursors.set(fileId, cursor);
		return true;
	}

	clear(): void {
		this.#cursors.clear();
	}
}
