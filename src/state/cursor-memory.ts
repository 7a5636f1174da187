/** Where the cursor was in each file. Not reactive: read when a file is shown, written on moves. */
export interface Cursor {
	readonly index: number;
	readonly column: number;
}

export const START: Cursor = { index: 0, column: 1 };

export class CursorMemory {
	readonly #cursors = new Map<string, Cursor>();

	get(fileId: string): Cursor {
		return this.#cursors.get(fileId) ?? START;
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
