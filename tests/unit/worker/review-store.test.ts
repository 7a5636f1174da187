import { describe, expect, it } from 'vitest';
import { ReviewStore } from '../../../src/worker/review-store.ts';
import { segmentMarkup } from '../../helpers/sxs-builders.ts';

function file(
	fileId: string,
	locale: string | null,
	pairs: readonly (readonly [string, string])[]
) {
	const key = fileId.replace(/\W/g, '').padEnd(5, '0').slice(0, 5);
	const text = pairs
		.map(([source, translation], i) => segmentMarkup(`${key}-${101 + i}`, translation, source))
		.join('\n\n');
	return {
		type: 'set-file' as const,
		file: {
			fileId,
			path: `docs/${fileId}`,
			locale,
			bytes: new TextEncoder().encode(text),
			edits: new Map()
		}
	};
}

const SOURCE = 'Restart the computer before you install the update.';
const lookup = (fileId: string, segmentId: string) => ({
	source: SOURCE,
	targetLocale: 'de-DE',
	fileId,
	segmentId
});

describe('ReviewStore', () => {
	it('patches an edited translation into a built match index, and forgets closed files', () => {
		const store = new ReviewStore();
		store.apply(file('one', 'de-DE', [[SOURCE, 'Erst neu starten.']]));
		store.apply(
			file('two', 'de-DE', [['Restart the computer before you install an update.', 'Alt.']])
		);
		store.prepare();
		expect(store.findMatches(lookup('one', 'one00-101'), 3).map((m) => m.translation)).toEqual([
			'Alt.'
		]);
		store.apply({ type: 'edit-segments', fileId: 'two', texts: new Map([['two00-101', 'Neu.']]) });
		expect(store.isPrepared).toBe(true); // both indexes were patched, neither dropped
		expect(store.findMatches(lookup('one', 'one00-101'), 3).map((m) => m.translation)).toEqual([
			'Neu.'
		]);
		store.apply({ type: 'edit-segments', fileId: 'two', texts: new Map([['two00-101', null]]) });
		expect(store.findMatches(lookup('one', 'one00-101'), 3).map((m) => m.translation)).toEqual([
			'Alt.'
		]);
		store.apply({ type: 'remove-files', fileIds: ['two'] });
		expect(store.findMatches(lookup('one', 'one00-101'), 3)).toEqual([]);
	});

	it('matches only files of the same target language', () => {
		const store = new ReviewStore();
		store.apply(file('one', 'de-DE', [[SOURCE, 'Erst neu starten.']]));
		store.apply(file('two', 'fr-FR', [[SOURCE, 'Redémarrez.']]));
		store.apply(file('three', 'DE-de', [[SOURCE, 'Auch Deutsch.']]));
		expect(store.findMatches(lookup('one', 'one00-101'), 3).map((m) => m.path)).toEqual([
			'docs/three'
		]);
	});

	it('lists concordance hits by path in natural order, limited, with the count of all', () => {
		const store = new ReviewStore();
		store.apply(file('ch10', 'de-DE', [['Install it.', 'Installieren.']]));
		store.apply(
			file('ch2', 'de-DE', [
				['Install that.', 'Installieren!'],
				['Install more.', 'Mehr.']
			])
		);
		const answer = store.concordance({
			type: 'concordance',
			query: { text: 'install', isRegex: false, matchCase: false, wholeWord: false },
			fields: ['source'],
			limit: 2
		});
		if (!answer.ok) throw new Error(answer.error);
		expect(answer.segmentCount).toBe(3);
		expect(answer.hits.map((hit) => `${hit.path}:${hit.segmentIndex}`)).toEqual([
			'docs/ch2:0',
			'docs/ch2:1'
		]);
	});

	it('patches edits into a built search index, so later segments keep their places', () => {
		const store = new ReviewStore();
		store.apply(
			file('ch1', 'de-DE', [
				['One.', 'Eins.'],
				['Two.', 'Zwei Datei.']
			])
		);
		store.apply(file('ch2', 'de-DE', [['Three.', 'Drei Datei.']]));
		const search = (text: string) => {
			const answer = store.concordance({
				type: 'concordance',
				query: { text, isRegex: false, matchCase: false, wholeWord: false },
				fields: ['translation'],
				limit: 10
			});
			if (!answer.ok) throw new Error(answer.error);
			return answer.hits.map((hit) => [hit.path, hit.translation, hit.translationRanges]);
		};
		expect(search('Datei')).toHaveLength(2);
		store.apply({
			type: 'edit-segments',
			fileId: 'ch1',
			texts: new Map([['ch100-101', 'Eins, viel länger, mit Datei.']])
		});
		expect(search('Datei')).toEqual([
			['docs/ch1', 'Eins, viel länger, mit Datei.', [{ start: 23, end: 28 }]],
			['docs/ch1', 'Zwei Datei.', [{ start: 5, end: 10 }]],
			['docs/ch2', 'Drei Datei.', [{ start: 5, end: 10 }]]
		]);
		store.apply({ type: 'edit-segments', fileId: 'ch1', texts: new Map([['ch100-101', null]]) });
		expect(search('Datei').map(([path]) => path)).toEqual(['docs/ch1', 'docs/ch2']);
		expect(search('Eins')).toEqual([['docs/ch1', 'Eins.', [{ start: 0, end: 4 }]]]);
	});
});
