import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	encodeSxsText,
	exportXliff,
	importXliff,
	joinRuns,
	parseSxsBytes,
	serializeSxs,
	splitCodes,
	type Edits,
	type SxsDocument
} from '../../../../src/core/index.ts';
import { corpusPath, describeCorpus, listCorpusFiles } from '../../../helpers/corpus.ts';
import { replaceTarget, xmlText } from '../../../helpers/xliff-edit.ts';

const FILES = ['clean', 'edge', 'multilocale', 'rich', 'versions'].flatMap((sub) =>
	listCorpusFiles(sub).map((name) => `${sub}/${name}`)
);

function load(name: string): { bytes: Uint8Array; sxs: SxsDocument } {
	const bytes = new Uint8Array(readFileSync(corpusPath(...name.split('/'))));
	const parsed = parseSxsBytes(bytes);
	if (!parsed.ok) throw new Error(parsed.error.message);
	return { bytes, sxs: parsed.document };
}

/** New translations for every third segment: the source's codes kept, its text retyped. */
function retypedEdits(sxs: SxsDocument): Edits {
	return new Map(
		sxs.segments
			.filter((_, i) => i % 3 === 0)
			.map((s) => [
				s.id,
				joinRuns(
					splitCodes(s.source).map((run) => (typeof run === 'string' ? `«${run.length}»` : run))
				)
			])
	);
}

describeCorpus('XLIFF round trips on ../shared/corpus', () => {
	describe.each(['1.2', '2.0'] as const)('XLIFF %s', (version) => {
		it.each(FILES)(
			'%s: unchanged gives the same bytes; changed targets the bytes apply gives',
			(name) => {
				const { bytes, sxs } = load(name);
				const file = { path: name, sxs };
				const unchanged = exportXliff([file], { version });
				const back = importXliff(unchanged.ok ? unchanged.xml : '', [file]);
				if (!back.ok) throw new Error(back.error.message);
				expect(back.refused).toEqual([]);
				expect(encodeSxsText(serializeSxs(sxs, back.files[0]?.edits).text)).toEqual(bytes);

				const edits = retypedEdits(sxs);
				const changed = exportXliff([{ ...file, edits }], { version });
				const imported = importXliff(changed.ok ? changed.xml : '', [file]);
				if (!imported.ok) throw new Error(imported.error.message);
				const applied = serializeSxs(sxs, edits);
				expect(serializeSxs(sxs, imported.files[0]?.edits).text).toBe(applied.text);
				expect(imported.refused.map((r) => r.unitId).sort()).toEqual(
					applied.refused.map((r) => r.id).sort()
				);
			}
		);
	});

	it('imports a target a CAT tool retyped as text, and reports the codes it dropped', () => {
		const { sxs } = load('rich/button.mixed-reality.md');
		const segment = sxs.segments.find((s) =>
			splitCodes(s.source).some((run) => typeof run !== 'string')
		);
		if (!segment) throw new Error('no segment with codes');
		const exported = exportXliff([{ path: 'b.md', sxs }], { version: '1.2' });
		const xml = replaceTarget(
			exported.ok ? exported.xml : '',
			segment.id,
			xmlText('Nur Text & <mehr>')
		);
		const result = importXliff(xml, [{ path: 'b.md', sxs }]);
		expect(result.ok && result.files[0]?.edits).toEqual(
			new Map([[segment.id, 'Nur Text & <mehr>']])
		);
		expect(result.ok && result.problems.map((p) => [p.unitId, p.kind])).toEqual([
			[segment.id, 'markup']
		]);
	});
});
