/**
 * Preloaded by `npm run bench` (`node --import ./bench/max-rss.mjs …`): on exit, writes the
 * process's peak resident set size in KiB (worker threads included) to the file named by
 * LOCDIFF_MAX_RSS_FILE.
 */
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const file = process.env.LOCDIFF_MAX_RSS_FILE;
// Worker threads load this too (they inherit execArgv); the main thread exits last.
if (file && isMainThread)
	process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
