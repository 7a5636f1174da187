import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	createFilePatch,
	createMultiFilePatch,
	encodeSxsText,
	parseSxs,
	serializeSxs,
	type PatchFile
} from '../../../../src/core/index.ts';
import { readTreeFile, runTool, writeTree } from '../../../helpers/patch-tools.ts';
import { segmentMarkup } from '../../../helpers/sxs-builders.ts';

const fixture = (name: string) =>
	readFileSync(new URL(`../../../fixtures/sxs/${name}/input.md`, import.meta.url), 'utf8');

/** The file with every other segment's translation edited (the last one always). */
function edit(path: string, original: string): PatchFile {
	const document = parseSxs(original);
	const last = document.segments.length - 1;
	const edits = new Map(
		document.segments
			.filter((_, i) => i % 2 === 0 || i === last)
			.map((s) => [s.id as string, `${s.translation} (ред.)`])
	);
	return { path, original, edited: serializeSxs(document, edits).text };
}

const crlfOnly = [
	'---',
	'title: T',
	'---',
	`# ${segmentMarkup('c0ffe-101', 'Заголовок', 'Title')}`,
	'',
	segmentMarkup('c0ffe-102', 'Речення.', 'Sentence.'),
	''
].join('\r\n');

const FILES: readonly PatchFile[] = [
	edit('docs/bom-crlf-front-matter.md', fixture('crlf-front-matter-bom')),
	edit('docs/no final newline.md', fixture('no-final-newline')),
	edit('docs/crlf-only.md', crlfOnly),
	edit('docs/stray-close-span.md', fixture('stray-close-span')),
	edit('docs/non-ascii-–-name.uk-UA.md', fixture('multiline-segment')),
	{ path: 'docs/unchanged.md', original: fixture('contexts'), edited: fixture('contexts') }
];

const originals = new Map(FILES.map((f) => [f.path, encodeSxsText(f.original)]));
const patchBytes = encodeSxsText(createMultiFilePatch(FILES));

describe('createFilePatch', () => {
	it('writes a unified diff with a/ b/ names, three context lines and the missing final newline', () => {
		expect(createFilePatch('x.md', 'a\nb\nc\nd\ne\nf', 'a\nb\nc\nd\ne\nF')).toBe(
			[
				'--- a/x.md',
				'+++ b/x.md',
				'@@ -3,4 +3,4 @@',
				' c',
				' d',
				' e',
				'-f',
				'\\ No newline at end of file',
				'+F',
				'\\ No newline at end of file',
				''
			].join('\n')
		);
	});

	it('gives no patch at all for an unchanged file', () => {
		expect(createFilePatch('x.md', 'same\n', 'same\n')).toBe('');
		expect(createMultiFilePatch([{ path: 'x.md', original: 'a', edited: 'a' }])).toBe('');
	});

	it('ends a name with a space with a tab, so patch reads all of it', () => {
		expect(createFilePatch('my doc.md', 'a\n', 'b\n').split('\n').slice(0, 2)).toEqual([
			'--- a/my doc.md\t',
			'+++ b/my doc.md\t'
		]);
	});

	it('falls back to one whole-file hunk when the diff passes its bound', () => {
		const patch = createFilePatch('x.md', 'a\nb\nc', 'A\nb\nC', { maxEditLength: 1 });
		expect(patch).toBe(
			[
				'--- a/x.md',
				'+++ b/x.md',
				'@@ -1,3 +1,3 @@',
				'-a',
				'-b',
				'-c',
				'\\ No newline at end of file',
				'+A',
				'+b',
				'+C',
				'\\ No newline at end of file',
				''
			].join('\n')
		);
		const root = writeTree(new Map([['x.md', encodeSxsText('a\nb\nc')]]));
		expect(runTool('patch', ['-p1'], root, encodeSxsText(patch)).status).toBe(0);
		expect(new TextDecoder().decode(readTreeFile(root, 'x.md'))).toBe('A\nb\nC');
	});
});

describe('createMultiFilePatch', () => {
	it('skips unchanged files and names each edited file once', () => {
		const text = new TextDecoder().decode(patchBytes);
		expect(text.match(/^\+\+\+ .*$/gm)).toEqual([
			'+++ b/docs/bom-crlf-front-matter.md',
			'+++ b/docs/no final newline.md\t',
			'+++ b/docs/crlf-only.md',
			'+++ b/docs/stray-close-span.md',
			'+++ "b/docs/non-ascii-\\342\\200\\223-name.uk-UA.md"'
		]);
	});

	it('passes git apply --check and gives the edited bytes', () => {
		const root = writeTree(originals);
		const check = runTool('git', ['apply', '--check', '-'], root, patchBytes);
		expect(check, check.output).toMatchObject({ status: 0 });
		expect(runTool('git', ['apply', '-'], root, patchBytes).status).toBe(0);
		for (const file of FILES)
			expect(readTreeFile(root, file.path), file.path).toEqual(encodeSxsText(file.edited));
	});

	it('passes patch -p1 --dry-run and gives the edited bytes', () => {
		const root = writeTree(originals);
		const dryRun = runTool('patch', ['-p1', '--dry-run'], root, patchBytes);
		expect(dryRun, dryRun.output).toMatchObject({ status: 0 });
		expect(runTool('patch', ['-p1'], root, patchBytes).status).toBe(0);
		for (const file of FILES)
			expect(readTreeFile(root, file.path), file.path).toEqual(encodeSxsText(file.edited));
	});
});
