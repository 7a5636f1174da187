import { describe, expect, it, vi } from 'vitest';
import { toFileId, type FileId } from '../../../src/core/index.ts';
import { EXAMPLE_FILES } from '../../../src/examples/index.ts';
import { createMemoryStore, WorkspaceStore } from '../../../src/storage/index.ts';
import { Workbench } from '../../../src/state/workbench.svelte.ts';
import { ParseClient } from '../../../src/worker/client.ts';
import { QaSession, type FileReviewer, type QaFileUpdate } from '../../../src/worker/index.ts';
import { segmentMarkup } from '../../helpers/sxs-builders.ts';

const german = EXAMPLE_FILES.find((file) => file.path.includes('de-DE'))?.text ?? '';
const ALPHA = toFileId('alpha.de-DE.md');
const BETA = toFileId('beta.de-DE.md');
const OTHER = 'Tidewater Notes aktualisiert Ihre Notizbücher.';

async function openGerman(reviewer?: FileReviewer) {
	const store = new WorkspaceStore(createMemoryStore(), { onError: () => undefined }, 0);
	const parser = new ParseClient(() => {
		throw new Error('no workers in Node');
	}, 1);
	const workbench = new Workbench({
		store,
		parser,
		examples: EXAMPLE_FILES,
		...(reviewer ? { reviewer } : {})
	});
	await workbench.restore();
	const beta = german.replace(
		'Tidewater Notes hält Ihre Notizbücher auf jedem Gerät aktuell, bei dem Sie sich anmelden.',
		OTHER
	);
	await workbench.openFiles([
		new File([german], 'alpha.de-DE.md'),
		new File([beta], 'beta.de-DE.md')
	]);
	await workbench.qa.settle();
	return workbench;
}

const translationOf = (workbench: Workbench, file: FileId, id: string) =>
	workbench.workspace.editsOf(file).get(id);

describe('SegmentFilter', () => {
	it('lists the hits of one file or all files, and walks them wrapping', async () => {
		const workbench = await openGerman();
		const { filter } = workbench;
		expect(filter.hits).toHaveLength(0);
		filter.text = 'aktualisiert';
		expect(filter.hits).toHaveLength(0); // alpha is on screen
		filter.scope = 'all';
		expect(filter.hits.map((hit) => [hit.fileId, hit.segmentIndex])).toEqual([[BETA, 1]]);
		expect(filter.nextHit(ALPHA, 5, 1)?.fileId).toBe(BETA);
		filter.text = 'Tidewater';
		filter.field = 'source';
		const hits = filter.hits;
		expect(hits.length).toBeGreaterThan(2);
		const last = hits.at(-1);
		expect(filter.nextHit(last?.fileId ?? null, last?.segmentIndex ?? 0, 1)).toEqual(hits[0]);
		expect(filter.nextHit(hits[0]?.fileId ?? null, hits[0]?.segmentIndex ?? 0, -1)).toEqual(last);
	});

	it('reads a workspace of more than 2 MB for All files in the background, the hits growing', async () => {
		const workbench = await openGerman();
		const PAD = ' und so weiter'.repeat(8); // 9,000 segments of ~400 bytes: 3.6 MB
		const rows = Array.from({ length: 9_000 }, (_, i) =>
			segmentMarkup(`b16f1-${1000 + i}`, `Zeile ${i} der Tidewater-Hilfe${PAD}.`, `Row ${i}${PAD}.`)
		);
		await workbench.openFiles([new File([rows.join('\n\n')], 'zeta-big.de-DE.md')]);
		workbench.selectFile(ALPHA);
		const { filter } = workbench;
		filter.scope = 'all';
		filter.text = 'Tidewater-Hilfe';
		// Past 2 MB unread, nothing is parsed at once: no hits yet, and the panel says it is reading.
		expect(filter.hits).toHaveLength(0);
		expect(filter.unreadCount).toBe(3);
		await vi.waitFor(() => expect(filter.unreadCount).toBe(0));
		expect(filter.hits).toHaveLength(9_000);
		expect(filter.hits[0]?.path).toBe('zeta-big.de-DE.md');
	});

	it('filters by state and by QA check', async () => {
		const workbench = await openGerman();
		const { filter } = workbench;
		filter.scope = 'all';
		filter.state = 'confirmed';
		expect(filter.hits).toHaveLength(0);
		workbench.current.confirm(0);
		expect(filter.hits.map((hit) => hit.segmentIndex)).toEqual([0]);
		filter.state = null;
		filter.check = 'inconsistent-translation';
		expect(filter.hits.length).toBeGreaterThan(0);
		filter.isRegex = true;
		filter.text = '(';
		expect(filter.error).toMatch(/regular expression/);
		expect(filter.hits).toHaveLength(0);
	});
});

describe('Repetitions', () => {
	it('counts a segment’s repetitions and fills them as one undo step', async () => {
		const workbench = await openGerman();
		const { repetitions } = workbench;
		expect(repetitions.countAt(ALPHA, 1)).toBe(2);
		workbench.confirmAndNext(1);
		expect(repetitions.offer?.targets).toEqual([
			{ file: BETA, segmentIndex: 1, segmentId: '4c7d1-102' }
		]);
		repetitions.fill();
		expect(repetitions.offer).toBeNull();
		expect(translationOf(workbench, BETA, '4c7d1-102')).toMatch(/^Tidewater Notes hält/);
		expect(workbench.bulkUndo.label).toBe('Filling repetitions');
		workbench.bulkUndo.undo();
		expect(translationOf(workbench, BETA, '4c7d1-102')).toBeUndefined();
	});

	it('withdraws the offer when the confirmed segment is edited again', async () => {
		const workbench = await openGerman();
		workbench.confirmAndNext(1);
		expect(workbench.repetitions.offer).not.toBeNull();
		workbench.current.edit(1, 'Ganz neu.');
		expect(workbench.repetitions.offer).toBeNull();
	});

	it('offers nothing when the repetitions already read the same', async () => {
		const workbench = await openGerman();
		workbench.confirmAndNext(0);
		expect(workbench.repetitions.offer).toBeNull();
		workbench.repetitions.fill();
		expect(workbench.notices.list.at(-1)?.text).toMatch(/No repetitions to fill/);
	});
});

describe('WordCounts', () => {
	it('adds the files up with the confirmed share and the MT/HT split', async () => {
		const workbench = await openGerman();
		const { totals, byFile } = workbench.wordCounts;
		expect(totals.segments).toBe(26);
		expect(totals.files).toBe(2);
		expect(totals.mt.segments).toBe(26);
		expect(byFile.get(ALPHA)?.sourceWords).toBe(76);
		workbench.current.confirm(0);
		expect(workbench.wordCounts.byFile.get(ALPHA)?.confirmedPercent).toBe(7);
		expect(workbench.wordCounts.totals.confirmedPercent).toBe(3);
	});
});

describe('QaResults', () => {
	it('sends every file again, with its bytes, after the reviewer lost them', async () => {
		const sent: QaFileUpdate[][] = [];
		let session = new QaSession();
		let isLost = false;
		const reviewer: FileReviewer = {
			review: (changed, order) => {
				sent.push([...changed]);
				if (isLost) {
					isLost = false;
					session = new QaSession();
					return Promise.resolve(null);
				}
				return Promise.resolve(session.update(changed, order));
			}
		};
		const workbench = await openGerman(reviewer);
		expect(workbench.qa.counts.size).toBe(2);
		isLost = true;
		workbench.current.edit(1, 'Neu  hier.');
		await workbench.qa.settle();
		const resent = sent.at(-1) ?? [];
		expect(resent.map((update) => update.file).sort()).toEqual([ALPHA, BETA]);
		expect(resent.every((update) => update.bytes !== undefined)).toBe(true);
		expect(workbench.problems.list.some((p) => p.check === 'whitespace')).toBe(true);
	});
});
