import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	BACKUP_VERSION,
	decodeWorkspaceBackup,
	encodeWorkspaceBackup,
	sha256Hex,
	type WorkspaceBackup
} from '../../../../src/core/index.ts';

const DATE = '2025-01-02T03:04:05.000Z';
const encoder = new TextEncoder();

function sample(): WorkspaceBackup {
	return {
		files: [
			{
				path: 'docs/de-de/a.md',
				bytes: encoder.encode('# A\n'),
				edits: new Map([['7e727-103', 'Neu <b>&amp;</b>']]),
				confirmed: new Set(['7e727-101']),
				dismissed: new Set(['number\u00007e727-103\u0000abc']),
				drafts: new Map([['7e727-104', 'Halb <span class="x">']]),
				cursor: { index: 2, column: 5 }
			},
			{
				path: 'b.md',
				bytes: new Uint8Array([0xef, 0xbb, 0xbf, 0xff]),
				edits: new Map(),
				confirmed: new Set(),
				dismissed: new Set(),
				drafts: new Map(),
				cursor: { index: 0, column: 1 }
			}
		],
		currentPath: 'docs/de-de/a.md',
		settings: { compare: 'original' }
	};
}

/** The zip's entries as a map, as io/ hands them to the decoder. */
function entriesOf(backup: WorkspaceBackup): Map<string, Uint8Array> {
	return new Map(encodeWorkspaceBackup(backup, DATE).map((entry) => [entry.path, entry.bytes]));
}

function json(bytes: Uint8Array | undefined): Record<string, unknown> {
	return JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
}

function withJson(
	entries: Map<string, Uint8Array>,
	name: string,
	change: (value: Record<string, unknown>) => unknown
): Map<string, Uint8Array> {
	const next = new Map(entries);
	next.set(name, encoder.encode(JSON.stringify(change(json(entries.get(name))))));
	return next;
}

/** The sample as an older format wrote it: that version in the manifest, these lists left out. */
function olderBackup(version: number, leftOut: readonly string[]): Map<string, Uint8Array> {
	const manifest = withJson(entriesOf(sample()), 'manifest.json', (m) => ({ ...m, version }));
	return withJson(manifest, 'edits.json', (edits) =>
		Object.fromEntries(
			Object.entries(edits).map(([path, file]) => {
				const older = { ...(file as Record<string, unknown>) };
				for (const key of leftOut) delete older[key];
				return [path, older];
			})
		)
	);
}

function messageOf(entries: Map<string, Uint8Array>): string {
	const result = decodeWorkspaceBackup(entries);
	return result.ok ? 'ok' : result.message;
}

const path = fc.stringMatching(/^[a-z0-9_-]{1,8}(\/[a-z0-9_.\u00e4\u4e2d-]{1,8}){0,2}$/);
const backupArbitrary: fc.Arbitrary<WorkspaceBackup> = fc
	.uniqueArray(
		fc.record({
			path,
			bytes: fc.uint8Array({ maxLength: 200 }),
			edits: fc
				.dictionary(fc.string({ minLength: 1, maxLength: 10 }), fc.string({ unit: 'binary' }))
				.map((object) => new Map(Object.entries(object))),
			confirmed: fc
				.uniqueArray(fc.string({ minLength: 1, maxLength: 10 }), { maxLength: 5 })
				.map((ids) => new Set(ids)),
			dismissed: fc
				.uniqueArray(fc.string({ minLength: 1, maxLength: 20 }), { maxLength: 5 })
				.map((keys) => new Set(keys)),
			drafts: fc
				.dictionary(fc.string({ minLength: 1, maxLength: 10 }), fc.string({ unit: 'binary' }))
				.map((object) => new Map(Object.entries(object))),
			cursor: fc.record({ index: fc.nat(500), column: fc.integer({ min: 1, max: 300 }) })
		}),
		{ selector: (file) => file.path, maxLength: 6 }
	)
	.chain((files) =>
		fc.record({
			files: fc.constant(files),
			currentPath: fc.constantFrom(null, ...files.map((file) => file.path)),
			settings: fc.record({ compare: fc.constantFrom('source' as const, 'original' as const) })
		})
	);

describe('workspace backup format', () => {
	it('gives back the same workspace: export then import is the identity', () => {
		fc.assert(
			fc.property(backupArbitrary, (backup) => {
				const result = decodeWorkspaceBackup(entriesOf(backup));
				expect(result).toEqual({ ok: true, backup });
			})
		);
	});

	it('writes a readable manifest, the edits and the original bytes at their paths', () => {
		const entries = entriesOf(sample());
		expect([...entries.keys()]).toEqual([
			'manifest.json',
			'edits.json',
			'files/docs/de-de/a.md',
			'files/b.md'
		]);
		expect(json(entries.get('manifest.json'))).toMatchObject({
			format: 'locdiff-workspace-backup',
			version: BACKUP_VERSION,
			createdAt: DATE,
			currentFile: 'docs/de-de/a.md',
			settings: { compare: 'original' },
			files: [
				{ path: 'docs/de-de/a.md', byteLength: 4, sha256: sha256Hex(encoder.encode('# A\n')) },
				{ path: 'b.md', byteLength: 4 }
			]
		});
		expect(json(entries.get('edits.json'))['docs/de-de/a.md']).toEqual({
			cursor: { index: 2, column: 5 },
			edits: { '7e727-103': 'Neu <b>&amp;</b>' },
			confirmed: ['7e727-101'],
			dismissed: ['number\u00007e727-103\u0000abc'],
			drafts: { '7e727-104': 'Halb <span class="x">' }
		});
		expect(entries.get('files/b.md')).toEqual(new Uint8Array([0xef, 0xbb, 0xbf, 0xff]));
	});

	it('keeps edits with lone surrogates (bytes that were not UTF-8)', () => {
		const backup = sample();
		const odd = { ...backup.files[0]!, edits: new Map([['x-1', 'a\udc80b']]) };
		const result = decodeWorkspaceBackup(entriesOf({ ...backup, files: [odd] }));
		expect(result.ok && result.backup.files[0]?.edits.get('x-1')).toBe('a\udc80b');
	});
});

describe('decodeWorkspaceBackup refuses damage with a clear message', () => {
	it('without a manifest', () => {
		const entries = entriesOf(sample());
		entries.delete('manifest.json');
		expect(messageOf(entries)).toMatch(/no manifest\.json.*not a locdiff workspace backup/);
	});

	it('with a manifest that is not JSON', () => {
		const entries = entriesOf(sample());
		entries.set('manifest.json', encoder.encode('{"format": '));
		expect(messageOf(entries)).toMatch(/^Its manifest\.json is damaged/);
	});

	it('with a manifest of another format', () => {
		const entries = withJson(entriesOf(sample()), 'manifest.json', (m) => ({ ...m, format: 'x' }));
		expect(messageOf(entries)).toMatch(/not a locdiff workspace backup/);
	});

	it('from a newer backup version', () => {
		const entries = withJson(entriesOf(sample()), 'manifest.json', (m) => ({ ...m, version: 5 }));
		expect(messageOf(entries)).toMatch(/newer version of locdiff \(backup format 5\)/);
	});

	it('reads a format 1 backup (no confirmed segments) as one with none confirmed', () => {
		const entries = olderBackup(1, ['confirmed', 'dismissed', 'drafts']);
		const result = decodeWorkspaceBackup(entries);
		expect(result.ok && result.backup.files.map((file) => file.confirmed.size)).toEqual([0, 0]);
		expect(result.ok && result.backup.files.map((file) => file.dismissed.size)).toEqual([0, 0]);
		expect(result.ok && result.backup.files.map((file) => file.drafts.size)).toEqual([0, 0]);
	});

	it('reads a format 3 backup (no drafts) with its dismissals and no drafts', () => {
		const entries = olderBackup(3, ['drafts']);
		const result = decodeWorkspaceBackup(entries);
		expect(result.ok && result.backup.files[0]?.dismissed.size).toBe(1);
		expect(result.ok && result.backup.files.map((file) => file.drafts.size)).toEqual([0, 0]);
	});

	it('with damaged drafts', () => {
		for (const drafts of [['x'], { 'x-1': 2 }]) {
			const entries = withJson(entriesOf(sample()), 'edits.json', (edits) => ({
				...edits,
				'b.md': { cursor: { index: 0, column: 1 }, edits: {}, drafts }
			}));
			expect(messageOf(entries)).toMatch(/damaged drafts for b\.md/);
		}
	});

	it('reads a format 2 backup (confirmed, no dismissals) with its confirmations and none dismissed', () => {
		const entries = olderBackup(2, ['dismissed', 'drafts']);
		const result = decodeWorkspaceBackup(entries);
		expect(result.ok && [...(result.backup.files[0]?.confirmed ?? [])]).toEqual(['7e727-101']);
		expect(result.ok && result.backup.files.map((file) => file.dismissed.size)).toEqual([0, 0]);
	});

	it('with damaged dismissals', () => {
		const entries = withJson(entriesOf(sample()), 'edits.json', (edits) => ({
			...edits,
			'b.md': { cursor: { index: 0, column: 1 }, edits: {}, dismissed: [1] }
		}));
		expect(messageOf(entries)).toMatch(/damaged dismissed problems for b\.md/);
	});

	it('with a file whose bytes do not match their checksum or length', () => {
		const entries = entriesOf(sample());
		entries.set('files/b.md', new Uint8Array([0xef, 0xbb, 0xbf, 0xfe]));
		expect(messageOf(entries)).toMatch(/b\.md in the backup does not match its checksum/);
		entries.set('files/b.md', new Uint8Array([0xef, 0xbb]));
		expect(messageOf(entries)).toMatch(/\(2 of 4 bytes\): the backup is damaged/);
	});

	it('with a file missing from the zip', () => {
		const entries = entriesOf(sample());
		entries.delete('files/docs/de-de/a.md');
		expect(messageOf(entries)).toBe('docs/de-de/a.md is missing from the backup.');
	});

	it('with edits for a file that is not in the backup', () => {
		const entries = withJson(entriesOf(sample()), 'edits.json', (edits) => ({
			...edits,
			'c.md': { cursor: { index: 0, column: 1 }, edits: { 'x-1': 'y' } }
		}));
		expect(messageOf(entries)).toMatch(/edits for c\.md, which is not among the backup's files/);
	});

	it('with damaged edits, a missing edits.json, or a current file it does not hold', () => {
		const damaged = withJson(entriesOf(sample()), 'edits.json', (edits) => ({
			...edits,
			'b.md': { cursor: { index: -1, column: 1 }, edits: {} }
		}));
		expect(messageOf(damaged)).toMatch(/damaged edits for b\.md/);
		const noEdits = entriesOf(sample());
		noEdits.delete('edits.json');
		expect(messageOf(noEdits)).toMatch(/no edits\.json/);
		const wrongCurrent = withJson(entriesOf(sample()), 'manifest.json', (m) => ({
			...m,
			currentFile: 'z.md'
		}));
		expect(messageOf(wrongCurrent)).toMatch(/current file that is not in the backup/);
	});
});
