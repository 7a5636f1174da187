/**
 * The persistence path, fuzzed: random sequences of what a translator does (type, revert, move
 * the cursor, switch files and compare side) with saves and reloads at random points. After
 * every reload the workspace is exactly what the translator left: every change made through the
 * workspace reaches storage through the one persistence module, with nothing to remember.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toFileId, type CompareTarget } from '../../../src/core/index.ts';
import { EXAMPLE_FILES } from '../../../src/examples/index.ts';
import { Workbench } from '../../../src/state/workbench.svelte.ts';
import {
	createMemoryStore,
	WorkspaceStore,
	type KeyValueStore
} from '../../../src/storage/index.ts';
import { ParseClient } from '../../../src/worker/index.ts';

const FILES = EXAMPLE_FILES.map((file) => toFileId(file.path));

type Op =
	| { kind: 'edit'; segment: number; text: string }
	| { kind: 'revert'; segment: number }
	| { kind: 'cursor'; segment: number; column: number }
	| { kind: 'select'; file: number }
	| { kind: 'compare'; compare: CompareTarget }
	| { kind: 'flush' }
	| { kind: 'reload' };

const opArb: fc.Arbitrary<Op> = fc.oneof(
	fc.record({
		kind: fc.constant('edit' as const),
		segment: fc.integer({ min: 0, max: 12 }),
		text: fc.constantFrom('Neu', 'Новий текст', '新文本', 'a  b')
	}),
	fc.record({ kind: fc.constant('revert' as const), segment: fc.integer({ min: 0, max: 12 }) }),
	fc.record({
		kind: fc.constant('cursor' as const),
		segment: fc.integer({ min: 0, max: 12 }),
		column: fc.integer({ min: 1, max: 5 })
	}),
	fc.record({ kind: fc.constant('select' as const), file: fc.integer({ min: 0, max: 2 }) }),
	fc.record({
		kind: fc.constant('compare' as const),
		compare: fc.constantFrom<CompareTarget>('source', 'original')
	}),
	fc.constant({ kind: 'flush' as const }),
	fc.constant({ kind: 'reload' as const })
);

async function openWorkbench(kv: KeyValueStore): Promise<Workbench> {
	const store = new WorkspaceStore(kv, { onError: () => undefined }, 0);
	const parser = new ParseClient(() => {
		throw new Error('no workers in Node');
	}, 1);
	const workbench = new Workbench({ store, parser, examples: EXAMPLE_FILES });
	await workbench.restore();
	return workbench;
}

function stateOf(workbench: Workbench) {
	const { workspace } = workbench;
	return {
		files: workspace.files.map((file) => file.id),
		currentId: workspace.currentId,
		compare: workspace.compare,
		edits: FILES.map((id) => [...workspace.editsOf(id)].sort()),
		cursors: FILES.map((id) => workspace.cursorOf(id))
	};
}

function apply(workbench: Workbench, op: Op): void {
	const { current } = workbench;
	if (op.kind === 'edit') current.edit(op.segment, op.text);
	else if (op.kind === 'revert') current.revert(op.segment);
	else if (op.kind === 'cursor') current.moveCursor({ index: op.segment, column: op.column });
	else if (op.kind === 'select') workbench.selectFile(FILES[op.file]!);
	else if (op.kind === 'compare') workbench.setCompare(op.compare);
}

describe('the persistence path (fuzzed)', () => {
	it('restores exactly what the translator left, whatever the order of changes and saves', async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 30 }), async (ops) => {
				const kv = createMemoryStore();
				let workbench = await openWorkbench(kv);
				await workbench.openExamples();
				for (const op of [...ops, { kind: 'reload' } as const]) {
					if (op.kind === 'flush') await workbench.flush();
					else if (op.kind === 'reload') {
						const before = stateOf(workbench);
						await workbench.flush(); // what pagehide does
						workbench = await openWorkbench(kv);
						expect(stateOf(workbench)).toEqual(before);
					} else apply(workbench, op);
				}
			}),
			{ numRuns: 40, seed: 4242 }
		);
	});
});
