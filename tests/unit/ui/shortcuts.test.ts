import { describe, expect, it } from 'vitest';
import { commandForKey, SHORTCUTS } from '../../../src/ui/shortcuts.ts';

/** A key press as the handler reads it (only the fields it looks at). */
function press(
	key: string,
	mods: { ctrl?: boolean; shift?: boolean; alt?: boolean; code?: string } = {}
) {
	return {
		key,
		code: mods.code ?? '',
		ctrlKey: mods.ctrl ?? false,
		metaKey: false,
		shiftKey: mods.shift ?? false,
		altKey: mods.alt ?? false
	} as KeyboardEvent;
}

describe('the review keys (issue 10)', () => {
	it('maps Ctrl+Shift+L, Alt+PageDown / Alt+PageUp and Alt+P, also while typing', () => {
		for (const isTyping of [false, true]) {
			expect(commandForKey(press('L', { ctrl: true, shift: true }), isTyping)).toBe(
				'filter-segments'
			);
			expect(commandForKey(press('PageDown', { alt: true }), isTyping)).toBe('next-filter-hit');
			expect(commandForKey(press('PageUp', { alt: true }), isTyping)).toBe('previous-filter-hit');
			expect(commandForKey(press('p', { alt: true, code: 'KeyP' }), isTyping)).toBe(
				'fill-repetitions'
			);
		}
		// Plain PageDown and Ctrl+L stay the editor's.
		expect(commandForKey(press('PageDown'), true)).toBeNull();
		expect(commandForKey(press('l', { ctrl: true }), true)).toBeNull();
	});

	it('lists each new command once in the shortcuts table', () => {
		for (const command of [
			'filter-segments',
			'next-filter-hit',
			'previous-filter-hit',
			'fill-repetitions'
		])
			expect(SHORTCUTS.filter((shortcut) => shortcut.command === command)).toHaveLength(1);
	});
});
