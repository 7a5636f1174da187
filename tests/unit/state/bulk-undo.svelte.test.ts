import { describe, expect, it } from 'vitest';
import { toFileId } from '../../../src/core/index.ts';
import type { Workbench } from '../../../src/state/workbench.svelte.ts';
import { openedExamples as openedWorkbench } from '../../helpers/node-workbench.ts';

const DE = toFileId('examples/sync-settings.de-DE.md');
const UK = toFileId('examples/sync-settings.uk-UA.md');

async function openedExamples(): Promise<Workbench> {
	return (await openedWorkbench()).workbench;
}

function segmentIds(workbench: Workbench, fileId: typeof DE): string[] {
	workbench.selectFile(fileId);
	return workbench.current.rows.map((row) => row.id);
}

describe('BulkUndo', () => {
	it('applies texts to several files as one step and takes exactly that step back', async () => {
		const workbench = await openedExamples();
		const { workspace, bulkUndo } = workbench;
		const [deFirst, deSecond] = segmentIds(workbench, DE);
		const [ukFirst] = segmentIds(workbench, UK);
		if (deFirst === undefined || deSecond === undefined || ukFirst === undefined)
			throw new Error('the examples have segments');
		workspace.setEdit(DE, deFirst, 'typed before', 'user');

		const changed = bulkUndo.apply(
			'The import',
			new Map([
				[
					DE,
					new Map<string, string | null>([
						[deFirst, 'bulk one'],
						[deSecond, 'bulk two']
					])
				],
				[UK, new Map<string, string | null>([[ukFirst, 'bulk uk']])]
			])
		);
		expect(changed).toBe(3);
		expect(bulkUndo.canUndo).toBe(true);
		expect(bulkUndo.label).toBe('The import');
		expect(workspace.editsOf(DE).get(deFirst)).toBe('bulk one');
		expect(workspace.editsOf(UK).get(ukFirst)).toBe('bulk uk');

		bulkUndo.undo();
		expect(workspace.editsOf(DE).get(deFirst)).toBe('typed before');
		expect(workspace.editsOf(DE).has(deSecond)).toBe(false);
		expect(workspace.editsOf(UK).has(ukFirst)).toBe(false);
		expect(bulkUndo.canUndo).toBe(false);
		expect(workbench.notices.list.at(-1)?.text).toBe('The import was undone in every file.');
	});

	it('records no step when nothing would change', async () => {
		const workbench = await openedExamples();
		const [first] = segmentIds(workbench, DE);
		if (first === undefined) throw new Error('the examples have segments');
		workbench.workspace.setEdit(DE, first, 'same', 'user');
		const changed = workbench.bulkUndo.apply(
			'Nothing',
			new Map([[DE, new Map([[first, 'same']])]])
		);
		expect(changed).toBe(0);
		expect(workbench.bulkUndo.canUndo).toBe(false);
	});

	it('is what Undo replace takes back after Replace all', async () => {
		const workbench = await openedExamples();
		const { replacer, workspace } = workbench;
		replacer.find = 'Sync';
		replacer.replace = 'SYNC';
		replacer.matchCase = true;
		const hits = replacer.hitCount;
		expect(hits).toBeGreaterThan(0);
		replacer.replaceAll();
		const edited = workspace.files.filter((file) => workspace.editsOf(file.id).size > 0).length;
		expect(edited).toBeGreaterThan(0);
		expect(replacer.canUndo).toBe(true);
		replacer.undoReplace();
		expect(workspace.files.every((file) => workspace.editsOf(file.id).size === 0)).toBe(true);
	});
});
