import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { expandPaths } from '../../../../src/cli/read-files.ts';
import { parseSxsBytes } from '../../../../src/core/index.ts';
import { maskTokens } from '../../../../src/core/qa/mask-tokens.ts';
import { createWordCounter } from '../../../../src/core/review/count-words.ts';
import { corpusPath, describeCorpus } from '../../../helpers/corpus.ts';

describeCorpus('createWordCounter over ../shared/corpus', () => {
	it('agrees with Intl.Segmenter within 0.5% on spaced scripts', async () => {
		const count = createWordCounter('de-DE');
		const segmenter = new Intl.Segmenter('de-DE', { granularity: 'word' });
		let ours = 0;
		let theirs = 0;
		for (const path of await expandPaths([corpusPath('versions')])) {
			const parsed = parseSxsBytes(new Uint8Array(readFileSync(path)));
			if (!parsed.ok) continue;
			for (const segment of parsed.document.segments) {
				for (const text of [segment.source, segment.translation]) {
					if (/\p{Script=Han}/u.test(text)) continue;
					ours += count(text);
					for (const piece of segmenter.segment(maskTokens(text))) if (piece.isWordLike) theirs++;
				}
			}
		}
		expect(theirs).toBeGreaterThan(10_000);
		expect(Math.abs(ours - theirs) / theirs).toBeLessThan(0.005);
	});
});
