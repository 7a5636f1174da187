import { describe, expect, it } from 'vitest';
import { toFileId } from '../../../src/core/index.ts';
import { openedExamples as openedWorkbench } from '../../helpers/node-workbench.ts';

const DE = toFileId('examples/sync-settings.de-DE.md');
const UK = toFileId('examples/sync-settings.uk-UA.md');

async function openedExamples() {
	const { workbench } = await openedWorkbench();
	await workbench.qa.settle();
	return workbench;
}

describe('Problems over all files', () => {
	it('re-checks an edited file after the pause, and lists problems by file', async () => {
		const workbench = await openedExamples();
		workbench.selectFile(DE);
		const before = workbench.problems.list.length;
		const original = workbench.current.rows[1]?.current ?? '';
		workbench.current.edit(1, original.replace(' ', '  '));
		// Not yet: the check runs after a pause, off the main thread.
		expect(workbench.problems.list).toHaveLength(before);
		expect(workbench.qa.isChecking).toBe(true);
		await workbench.qa.settle();
		expect(workbench.qa.isChecking).toBe(false);
		expect(
			workbench.problems.list.some((p) => p.check === 'whitespace' && p.segmentIndex === 1)
		).toBe(true);

		const files = workbench.problems.byFile;
		expect(files.map((file) => file.fileId)).toContain(DE);
		const de = files.find((file) => file.fileId === DE);
		expect(de?.problems.length).toBe(workbench.problems.list.length);
	});

	it('dismisses a problem of another file from the All files list', async () => {
		const workbench = await openedExamples();
		workbench.selectFile(DE);
		workbench.selectFile(UK);
		workbench.current.edit(2, `${workbench.current.rows[2]?.current ?? ''}  `);
		await workbench.qa.settle();
		workbench.selectFile(DE);
		const uk = workbench.problems.byFile.find((file) => file.fileId === UK);
		const problem = uk?.problems[0];
		expect(problem).toBeDefined();
		workbench.problems.dismiss(problem?.key ?? '', UK);
		const after = workbench.problems.byFile.find((file) => file.fileId === UK);
		expect(after?.problems.length ?? 0).toBe((uk?.problems.length ?? 0) - 1);
		expect(workbench.problems.dismissedInAll).toBe(1);
	});

	it('counts the words of every open file', async () => {
		const workbench = await openedExamples();
		expect(workbench.qa.counts.size).toBe(3);
		expect(workbench.qa.counts.get(DE)?.segments).toBe(13);
	});
});
