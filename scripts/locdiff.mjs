/**
 * `npm run locdiff -- ...`: runs the compiled CLI (bin/locdiff.mjs), the same code `npx locdiff`
 * runs, after rebuilding it if a source file changed since the last build (a few ms of stat calls
 * when nothing changed).
 */
import { pathToFileURL } from 'node:url';
import { BIN, ensureCliBuilt } from './build-cli.mjs';

await ensureCliBuilt();
await import(pathToFileURL(BIN).href);
