import { describe, expect, it } from 'vitest';
import {
	decodeWorkspaceBackup,
	encodeWorkspaceBackup,
	type WorkspaceBackup
} from '../../../src/core/index.ts';
import { unzipEntries, zipFiles } from '../../../src/io/index.ts';

const backup: WorkspaceBackup = {
	files: [
		{
			path: 'docs/zh-cn/设置.md',
			bytes: new TextEncoder().encode('# 设置\n'),
			edits: new Map([['4c7d1-103', '新']]),
			confirmed: new Set(),
			dismissed: new Set(),
			drafts: new Map([['4c7d1-104', '未完 <span']]),
			cursor: { index: 1, column: 2 }
		}
	],
	currentPath: 'docs/zh-cn/设置.md',
	settings: { compare: 'source' }
};

describe('unzipEntries', () => {
	it('reads back a backup zip made by zipFiles, non-ASCII paths included', () => {
		const zip = zipFiles(encodeWorkspaceBackup(backup, '2025-01-01T00:00:00.000Z'));
		const unzipped = unzipEntries(zip);
		expect(unzipped.ok).toBe(true);
		if (!unzipped.ok) return;
		expect(decodeWorkspaceBackup(unzipped.entries)).toEqual({ ok: true, backup });
	});

	it('says a file that is not a zip is not a backup', () => {
		const result = unzipEntries(new TextEncoder().encode('# just markdown\n'));
		expect(result.ok).toBe(false);
		expect(!result.ok && result.message).toMatch(/not a zip file.*not a locdiff workspace backup/);
	});

	it('says a cut-short zip is not a backup', () => {
		const zip = zipFiles(encodeWorkspaceBackup(backup, '2025-01-01T00:00:00.000Z'));
		expect(unzipEntries(zip.subarray(0, zip.length - 30)).ok).toBe(false);
	});
});
