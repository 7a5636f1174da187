import { describe, expect, it } from 'vitest';
import { toFileId } from '../../../src/core/index.ts';
import { createMemoryStore, WorkspaceStore } from '../../../src/storage/index.ts';
import { Workbench } from '../../../src/state/workbench.svelte.ts';
import type { MatchSource } from '../../../src/state/match-source.ts';
import { ParseClient } from '../../../src/worker/client.ts';
import { segmentMarkup } from '../../helpers/sxs-builders.ts';

const A = toFileId('docs/a.de-DE.md');
const B = toFileId('docs/b.de-DE.md');
const FR = toFileId('docs/c.fr-FR.md');

function sxs(key: string, pairs: readonly (readonly [string, string])[]): Uint8Array {
	const text = pairs
		.map(([source, translation], i) => segmentMarkup(`${key}-${101 + i}`, translation, source))
		.join('\n\n');
	return new TextEncoder().encode(`${text}\n`);
}

async function openedWorkbench(extraSources: readonly MatchSource[] = []) {
	const store = new WorkspaceStore(createMemoryStore(), { onError: () => undefined }, 0);
	const parser = new ParseClient(() => {
		throw new Error('no workers in Node');
	}, 1);
	const workbench = new Workbench({ store, parser, examples: [], matchSources: extraSources });
	await workbench.restore();
	await workbench.loader.open(
		[
			{
				path: A,
				contents: sxs('aaaaa', [
					['Select the Save button to keep your changes.', 'Wählen Sie Speichern.'],
					['Open the settings page.', 'Öffnen Sie die Einstellungen.']
				])
			},
			{
				path: B,
				contents: sxs('bbbbb', [
					['Select the Save button to keep all your changes.', 'Wählen Sie Speichern, alles.'],
					['Something else entirely here.', 'Etwas anderes.']
				])
			},
			{
				path: FR,
				contents: sxs('ccccc', [
					['Select the Save button to keep your changes.', 'Sélectionnez Enregistrer.']
				])
			}
		],
		'user'
	);
	workbench.selectFile(A);
	return workbench;
}

describe('Matches', () => {
	it('lists a similar source of another open file of the same language, with its diff', async () => {
		const workbench = await openedWorkbench();
		await workbench.matches.refresh();
		const [match, ...rest] = workbench.matches.list;
		expect(rest).toEqual([]);
		expect(match?.origin).toBe('file');
		expect(match?.from).toBe(B);
		expect(match?.translation).toBe('Wählen Sie Speichern, alles.');
		expect(match?.similarity).toBeGreaterThanOrEqual(0.75);
		expect(match?.similarity).toBeLessThan(1);
		// The current source has "all" less than the match's: it shows as removed.
		expect(
			match?.diff?.filter((part) => part.kind === 'removed').map((p) => p.text.trim())
		).toEqual(['all']);
	});

	it('offers nothing below 75% similarity', async () => {
		const workbench = await openedWorkbench();
		workbench.current.moveCursor({ index: 1, column: 1 });
		await workbench.matches.refresh();
		expect(workbench.matches.list).toEqual([]);
	});

	it('inserts match 1 as the translation, saved as an edit', async () => {
		const workbench = await openedWorkbench();
		await workbench.matches.insert(1);
		expect(workbench.workspace.editsOf(A).get('aaaaa-101')).toBe('Wählen Sie Speichern, alles.');
		expect(workbench.current.rows[0]?.current).toBe('Wählen Sie Speichern, alles.');
	});

	it('looks the segment up first when the list is of another one', async () => {
		const workbench = await openedWorkbench();
		workbench.current.moveCursor({ index: 1, column: 1 });
		await workbench.matches.refresh();
		workbench.current.moveCursor({ index: 0, column: 1 });
		await workbench.matches.insert(1);
		expect(workbench.current.rows[0]?.current).toBe('Wählen Sie Speichern, alles.');
	});

	it('follows edits of the other files: the match shows their translation as it stands', async () => {
		const workbench = await openedWorkbench();
		workbench.workspace.setEdit(B, 'bbbbb-101', 'Neu übersetzt.', 'user');
		await workbench.matches.refresh();
		expect(workbench.matches.list[0]?.translation).toBe('Neu übersetzt.');
	});

	it('merges every source best first, and refuses a translation with segment markup', async () => {
		const memory: MatchSource = {
			find: () =>
				Promise.resolve([
					{
						origin: 'memory',
						from: 'memory.tmx',
						source: 'Select the Save button to keep your changes.',
						translation: 'Kaputt <span data-ttu-id="x">',
						similarity: 1,
						diff: null
					}
				])
		};
		const workbench = await openedWorkbench([memory]);
		await workbench.matches.refresh();
		expect(workbench.matches.list.map((match) => match.from)).toEqual(['memory.tmx', B]);
		expect(workbench.matches.list[0]?.refusal).toMatch(/segment markup/);
		await workbench.matches.insert(1);
		expect(workbench.workspace.editsOf(A).size).toBe(0);
		expect(workbench.notices.list.at(-1)?.text).toMatch(/^Match 1 was not inserted/);
		await workbench.matches.insert(3);
		expect(workbench.notices.list.at(-1)?.text).toBe('No match 3 for this segment.');
	});
});

describe('Concordance', () => {
	it('finds a term in sources and translations of every file, by file and segment', async () => {
		const workbench = await openedWorkbench();
		const { concordance } = workbench;
		concordance.text = 'save';
		await concordance.search();
		expect(concordance.hits.map((hit) => hit.path)).toEqual([A, B, FR]);
		expect(concordance.hits[0]?.sourceRanges).toEqual([{ start: 11, end: 15 }]);
		concordance.scope = 'translation';
		concordance.text = 'Speichern';
		await concordance.search();
		expect(concordance.hits.map((hit) => `${hit.path}:${hit.segmentIndex}`)).toEqual([
			`${A}:0`,
			`${B}:0`
		]);
		expect(concordance.hits[0]?.translationRanges).toEqual([{ start: 11, end: 20 }]);
		expect(concordance.hits[0]?.sourceRanges).toEqual([]);
	});

	it('honours Match case and reads edits', async () => {
		const workbench = await openedWorkbench();
		const { concordance } = workbench;
		concordance.matchCase = true;
		concordance.text = 'save';
		await concordance.search();
		expect(concordance.segmentCount).toBe(0);
		workbench.workspace.setEdit(B, 'bbbbb-102', 'Jetzt mit save.', 'user');
		await concordance.search();
		expect(concordance.hits.map((hit) => hit.translation)).toEqual(['Jetzt mit save.']);
	});

	it('says nothing for an empty term and lists nothing', async () => {
		const workbench = await openedWorkbench();
		workbench.concordance.text = '  ';
		await workbench.concordance.search();
		expect(workbench.concordance.hits).toEqual([]);
		expect(workbench.concordance.error).toBeNull();
	});
});
