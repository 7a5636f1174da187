import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeSxsText, parseSxsBytes, serializeSxs } from '../../../../src/core/index.ts';

const FIXTURES = join(import.meta.dirname, '../../../fixtures/sxs');

interface ExpectedSegment {
	readonly id: string;
	readonly translation: string;
	readonly source: string;
	readonly line: number;
	readonly column?: number;
	readonly context?: string;
	readonly number?: string;
	readonly isMerged?: boolean;
}

interface Expected {
	readonly segments: readonly ExpectedSegment[];
	readonly frontMatter?: Record<string, string>;
	readonly diagnostics: readonly string[];
}

const cases = readdirSync(FIXTURES).sort();

function load(name: string) {
	const bytes = new Uint8Array(readFileSync(join(FIXTURES, name, 'input.md')));
	const expected = JSON.parse(
		readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')
	) as Expected;
	const parsed = parseSxsBytes(bytes);
	if (!parsed.ok) throw new Error(`${name}: ${parsed.error.message}`);
	return { bytes, expected, document: parsed.document };
}

describe('parseSxs on hand-written fixtures', () => {
	it('has the fixture cases', () => {
		expect(cases.length).toBeGreaterThanOrEqual(18);
	});

	describe.each(cases)('%s', (name) => {
		it('finds exactly the expected segments', () => {
			const { expected, document } = load(name);
			const actual = document.segments.map((segment, i) => {
				const want = expected.segments[i];
				const picked: Record<string, unknown> = {};
				for (const key of Object.keys(want ?? segment))
					picked[key] = segment[key as keyof typeof segment];
				return picked;
			});
			expect(actual).toEqual(expected.segments);
		});

		it('reports exactly the expected diagnostics', () => {
			const { expected, document } = load(name);
			expect(document.diagnostics.map((d) => `${d.code}@${d.line}`)).toEqual(expected.diagnostics);
		});

		it('reads the expected front matter fields', () => {
			const { expected, document } = load(name);
			for (const [key, value] of Object.entries(expected.frontMatter ?? {})) {
				expect(document.frontMatter?.[key as keyof typeof document.frontMatter]).toBe(value);
			}
		});

		it('writes the input back byte for byte', () => {
			const { bytes, document } = load(name);
			expect(encodeSxsText(serializeSxs(document).text)).toEqual(bytes);
		});

		it('changes only the edited translation when each segment is edited', () => {
			const { document } = load(name);
			const unique = document.segments.filter(
				(s) => document.segments.filter((t) => t.id === s.id).length === 1
			);
			for (const segment of unique) {
				const { text, refused } = serializeSxs(document, new Map([[segment.id, 'NEU']]));
				expect(refused).toEqual([]);
				expect(text).toBe(
					document.text.slice(0, segment.translationStart) +
						'NEU' +
						document.text.slice(segment.translationEnd)
				);
			}
		});
	});
});
