import { describe, expect, it } from 'vitest';
import { parseSxs } from '../../../../src/core/sxs/parse.ts';
import { toFileId } from '../../../../src/core/model/workspace.ts';
import { toQaFile } from '../../../../src/core/qa/to-qa-file.ts';
import { segmentMarkup } from '../../../helpers/sxs-builders.ts';

const body = `${segmentMarkup('abcde-101', 'Eins', 'One')}\n${segmentMarkup('abcde-102', 'Zwei', 'Two')}`;

describe('toQaFile', () => {
	it('gives each segment its edited translation', () => {
		const qa = toQaFile(toFileId('doc.de-DE.md'), parseSxs(body), new Map([['abcde-102', 'Zwo']]));
		expect(qa.segments.map((s) => [s.id, s.source, s.translation])).toEqual([
			['abcde-101', 'One', 'Eins'],
			['abcde-102', 'Two', 'Zwo']
		]);
	});

	it('takes the locale from the front matter, else from the path, else none', () => {
		const withFrontMatter = parseSxs(`---\nms.contentlocale: fr-FR\n---\n${body}`);
		expect(toQaFile(toFileId('doc.de-DE.md'), withFrontMatter).locale).toBe('fr-FR');
		expect(toQaFile(toFileId('doc.de-DE.md'), parseSxs(body)).locale).toBe('de-DE');
		expect(toQaFile(toFileId('doc.md'), parseSxs(body)).locale).toBeNull();
	});
});
