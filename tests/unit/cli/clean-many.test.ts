import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess as run } from '../../helpers/cli-run.ts';
import { segmentMarkup } from '../../helpers/sxs-builders.ts';

const dir = mkdtempSync(join(tmpdir(), 'locdiff-clean-'));
const docs = join(dir, 'docs');
mkdirSync(join(docs, 'sub'), { recursive: true });
const top = join(docs, 'top.md');
const deep = join(docs, 'sub', 'deep.md');
const single = join(dir, 'single.md');
const bad = join(dir, 'bad.md');
const BILINGUAL = `# ${segmentMarkup('aaaaa-101', 'Заголовок \\*', 'Title \\*')}\n`;
writeFileSync(top, BILINGUAL);
writeFileSync(deep, `- ${segmentMarkup('bbbbb-101', 'Пункт', 'Item')}`);
writeFileSync(single, BILINGUAL);
writeFileSync(bad, Buffer.from([0, 1]));

describe('locdiff clean --out-dir', () => {
	it('writes one clean file per input, folders mirrored, the same bytes as clean FILE', async () => {
		const out = join(dir, 'out1');
		const { code, stdout } = await run(['clean', docs, single, '--out-dir', out]);
		expect(code).toBe(0);
		expect(stdout).toBe(`clean: 3 files written to ${out}\n`);
		expect(readFileSync(join(out, 'top.md'), 'utf8')).toBe('# Заголовок \\*\n');
		expect(readFileSync(join(out, 'sub', 'deep.md'), 'utf8')).toBe('- Пункт');
		expect(readFileSync(join(out, 'single.md'), 'utf8')).toBe(
			(await run(['clean', single])).stdout
		);
	});

	it('applies --unescape-stars to every file', async () => {
		const out = join(dir, 'out2');
		await run(['clean', '--unescape-stars', top, `--out-dir=${out}`]);
		expect(readFileSync(join(out, 'top.md'), 'utf8')).toBe('# Заголовок *\n');
	});

	it('names an unreadable file, writes the others and exits 2', async () => {
		const out = join(dir, 'out3');
		const { code, stdout, stderr } = await run(['clean', bad, top, '--out-dir', out]);
		expect(code).toBe(2);
		expect(stderr).toEqual([expect.stringMatching(/bad\.md: /)]);
		expect(stdout).toBe(`clean: 1 files written to ${out}\n`);
		expect(existsSync(join(out, 'bad.md'))).toBe(false);
	});

	it('refuses to write two inputs to one output, and never replaces an input', async () => {
		const out = join(dir, 'out4');
		const twice = await run(['clean', top, join(docs, 'top.md'), '--out-dir', out]);
		expect(twice.code).toBe(2);
		expect(twice.stderr).toEqual([expect.stringMatching(/was written from another input/)]);
		const inPlace = await run(['clean', docs, '--out-dir', docs]);
		expect(inPlace.code).toBe(2);
		expect(inPlace.stderr).toHaveLength(2);
		expect(readFileSync(top, 'utf8')).toBe(BILINGUAL);
	});

	it('needs --out-dir for several files, and a value for it', async () => {
		const several = await run(['clean', top, single]);
		expect(several.code).toBe(2);
		expect(several.stderr[0]).toBe('locdiff clean: several files need --out-dir DIR');
		const noValue = await run(['clean', top, '--out-dir']);
		expect(noValue.code).toBe(2);
		expect(noValue.stderr[0]).toBe('locdiff clean: --out-dir needs a value');
	});
});
