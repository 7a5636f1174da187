/**
 * Drafts (issue 13.6): a translation the core refuses is kept as typed, saved through the one
 * saving path, restored after a reload, never exported, and named when exporting.
 */
import { describe, expect, it } from 'vitest';
import type { KeyValueStore } from '../../../src/storage/index.ts';
import { Exporter } from '../../../src/state/exporter.ts';
import { makeNodeWorkbench, openedExamples } from '../../helpers/node-workbench.ts';

const makeWorkbench = (kv: KeyValueStore) => makeNodeWorkbench(kv);

const TYPED = 'Neu <span class="x">';

describe('drafts of refused translations', () => {
	it('keeps a refused text as a draft, not an edit, with its reason per row', async () => {
		const { workbench } = await openedExamples();
		const { current, workspace } = workbench;
		const original = current.rows[1]?.original ?? '';
		current.keepDraft(1, TYPED);
		expect(workspace.edits.size).toBe(0);
		expect(current.rows[1]?.current).toBe(original);
		expect(current.editorRows[1]?.current).toBe(TYPED);
		expect(current.draftReasons[1]).toMatch(/opens a <span> that it does not close/);
		expect(current.draftReasons.filter((reason) => reason !== null)).toHaveLength(1);
		expect(workbench.notices.list).toEqual([]);
	});

	it('turns a draft into an edit once it is valid, and revert drops it', async () => {
		const { workbench } = await openedExamples();
		const { current, workspace } = workbench;
		current.keepDraft(1, TYPED);
		current.keepDraft(1, `${TYPED}fett</span>`);
		expect(current.drafts[1]).toBeNull();
		expect(current.rows[1]?.current).toBe(`${TYPED}fett</span>`);
		current.keepDraft(2, TYPED);
		current.revert(2);
		expect(current.drafts[2]).toBeNull();
		expect(current.editorRows[2]?.current).toBe(current.rows[2]?.original);
		expect(workspace.draftsOf(workspace.currentId ?? ('' as never)).size).toBe(0);
	});

	it('saves the draft and restores it after a reload, still not as an edit', async () => {
		const { kv, workbench, store } = await openedExamples();
		workbench.current.edit(3, 'Gültig');
		workbench.current.keepDraft(3, TYPED);
		await store.flush();
		const reloaded = makeWorkbench(kv).workbench;
		await reloaded.restore();
		expect(reloaded.current.editorRows[3]?.current).toBe(TYPED);
		expect(reloaded.current.rows[3]?.current).toBe('Gültig');
		expect(reloaded.current.draftReasons[3]).not.toBeNull();
	});

	it('exports the last valid translation and names the invalid segments', async () => {
		const { workbench } = await openedExamples();
		const { current, workspace } = workbench;
		current.edit(3, 'Gültig');
		current.keepDraft(3, TYPED);
		const id = current.rows[3]?.id ?? '';
		const texts: string[] = [];
		const exporter = new Exporter(workspace, workbench.notices, (_name, bytes) =>
			texts.push(new TextDecoder().decode(bytes))
		);
		exporter.exportFile();
		expect(texts[0]).toContain(`data-ttu-id="${id}">Gültig</span>`);
		expect(texts[0]).not.toContain('class="x"');
		const notice = workbench.notices.list.at(-1)?.text ?? '';
		expect(notice).toContain(`${workspace.current?.path}: ${id}`);
		expect(notice).toMatch(/last valid translation/);
	});
});
