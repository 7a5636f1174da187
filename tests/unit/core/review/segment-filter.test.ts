import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	compileSegmentFilter,
	isFilterActive,
	type FilterableSegment,
	type SegmentFilterCriteria
} from '../../../../src/core/index.ts';

const NONE: SegmentFilterCriteria = {
	state: null,
	check: null,
	equalsSource: false,
	text: '',
	field: 'both',
	matchCase: false,
	isRegex: false,
	context: null
};

const segment = (over: Partial<FilterableSegment> = {}): FilterableSegment => ({
	source: 'Save the file.',
	translation: 'Datei speichern.',
	state: 'untouched',
	context: 'paragraph',
	checks: new Set(),
	...over
});

function passes(criteria: Partial<SegmentFilterCriteria>, s: FilterableSegment): boolean {
	const compiled = compileSegmentFilter({ ...NONE, ...criteria });
	if (!compiled.ok) throw new Error(compiled.error);
	return compiled.test(s);
}

describe('compileSegmentFilter', () => {
	it('is inactive without criteria and lets everything through then', () => {
		expect(isFilterActive(NONE)).toBe(false);
		expect(passes({}, segment())).toBe(true);
		expect(isFilterActive({ ...NONE, equalsSource: true })).toBe(true);
	});

	it('filters by state, context, check and translation equals source', () => {
		expect(passes({ state: 'confirmed' }, segment())).toBe(false);
		expect(passes({ state: 'confirmed' }, segment({ state: 'confirmed' }))).toBe(true);
		expect(passes({ context: 'heading' }, segment())).toBe(false);
		expect(passes({ context: 'heading' }, segment({ context: 'heading' }))).toBe(true);
		expect(passes({ check: 'any' }, segment())).toBe(false);
		expect(passes({ check: 'number' }, segment({ checks: new Set(['number']) }))).toBe(true);
		expect(passes({ check: 'markup' }, segment({ checks: new Set(['number']) }))).toBe(false);
		expect(passes({ equalsSource: true }, segment())).toBe(false);
		expect(passes({ equalsSource: true }, segment({ translation: 'Save the file.' }))).toBe(true);
	});

	it('finds text in the chosen field, with Match case and regular expressions', () => {
		expect(passes({ text: 'save' }, segment())).toBe(true);
		expect(passes({ text: 'save', matchCase: true }, segment())).toBe(false);
		expect(passes({ text: 'save', field: 'translation' }, segment())).toBe(false);
		expect(passes({ text: 'speichern', field: 'source' }, segment())).toBe(false);
		expect(passes({ text: '^Datei', isRegex: true, field: 'translation' }, segment())).toBe(true);
		// A plain text is no pattern: the dot is a dot.
		expect(passes({ text: 'file.', field: 'source' }, segment({ source: 'files' }))).toBe(false);
	});

	it('reports an invalid pattern as a message, never an exception', () => {
		const compiled = compileSegmentFilter({ ...NONE, text: 'a(', isRegex: true });
		expect(compiled.ok).toBe(false);
		if (!compiled.ok) expect(compiled.error).toMatch(/regular expression/);
	});

	it('is the conjunction of its criteria (each criterion alone passes a hit)', () => {
		const states = fc.constantFrom('untouched', 'edited', 'confirmed' as const);
		fc.assert(
			fc.property(
				states,
				fc.boolean(),
				fc.string({ maxLength: 3 }),
				(state, equalsSource, text) => {
					const s = segment({ state, translation: equalsSource ? 'Save the file.' : 'x y' });
					const all = { state, equalsSource, text };
					const each = passes({ state }, s) && passes({ equalsSource }, s) && passes({ text }, s);
					expect(passes(all, s)).toBe(each);
				}
			)
		);
	});
});
