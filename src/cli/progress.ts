import { formatCount } from './format-count.ts';
import type { Output } from './output.ts';

// A run shorter than this shows no progress line: it would only flicker.
const FIRST_AFTER_MS = 400;
// Redraw at most this often (ms): a terminal redraw per file would cost more than the file.
const EVERY_MS = 100;

export interface Progress {
	/** `done` items handled so far. */
	update(done: number): void;
	/** Clears the line (before the summary is printed). */
	end(): void;
}

/**
 * A progress line `label: N files` on stderr for long runs, only where `output.progress` exists
 * (stderr is a terminal and the run is not `--quiet`). The clock is read here, in the shell, never
 * in the core.
 */
export function startProgress(output: Output, label: string, now = () => Date.now()): Progress {
	const draw = output.progress?.bind(output);
	if (!draw) return { update() {}, end() {} };
	const started = now();
	let drawnAt = 0;
	let shown = false;
	return {
		update(done) {
			const time = now();
			if (time - started < FIRST_AFTER_MS || time - drawnAt < EVERY_MS) return;
			drawnAt = time;
			shown = true;
			draw(`${label}: ${formatCount(done)} files…`);
		},
		end() {
			if (shown) draw('');
		}
	};
}
