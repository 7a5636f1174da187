import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess as run } from '../../helpers/cli-run.ts';
import { segmentMarkup } from '../../helpers/sxs-builders.ts';

const dir = mkdtempSync(join(tmpdir(), 'locdiff-segments-'));
mkdirSync(join(dir, 'de'));
const one = join(dir, 'de', 'one.de-DE.md');
const two = join(dir, 'de', 'two.de-DE.md');
const bad = join(dir, 'bad.md');
writeFileSync(one, segmentMarkup('aaaaa-101', 'Eins', 'One'));
writeFileSync(
	two,
	`${segmentMarkup('bbbbb-101', 'Zwei', 'Two')}\n${segmentMarkup('bbbbb-102', 'Drei', 'Three')}`
);
writeFileSync(bad, Buffer.from([0, 0, 1]));

const lines = (stdout: string) =>
	stdout
		.trimEnd()
		.split('\n')
		.map((line) => JSON.parse(line) as { file: string; segments: { id: string }[] });

describe('locdiff segments over many files', () => {
	it('prints one JSON line per file, in the order of the paths, for several paths', async () => {
		const { code, stdout } = await run(['segments', two, one]);
		expect(code).toBe(0);
		expect(lines(stdout).map((json) => [json.file, json.segments.map((s) => s.id)])).toEqual([
			[two, ['bbbbb-101', 'bbbbb-102']],
			[one, ['aaaaa-101']]
		]);
	});

	it('prints JSON Lines for a folder, with the same fields as for one file', async () => {
		const single = await run(['segments', one]);
		const { stdout } = await run(['segments', join(dir, 'de')]);
		expect(lines(stdout)[0]).toEqual(JSON.parse(single.stdout));
		expect(lines(stdout).map((json) => json.file)).toEqual([one, two]);
	});

	it('keeps the pretty-printed single object for one file', async () => {
		const { stdout } = await run(['segments', one]);
		expect(stdout.startsWith('{\n  "file": ')).toBe(true);
	});

	it('names an unreadable file on stderr, prints the others and exits 2', async () => {
		const { code, stdout, stderr } = await run(['segments', one, bad, two]);
		expect(code).toBe(2);
		expect(stderr).toEqual([expect.stringMatching(/bad\.md: /)]);
		expect(lines(stdout).map((json) => json.file)).toEqual([one, two]);
	});
});
