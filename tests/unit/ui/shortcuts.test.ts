import { describe, expect, it } from 'vitest';
import { commandForKey, SHORTCUTS } from '../../../src/ui/shortcuts.ts';

/** The parts of a key event the table reads. */
function key(init: Partial<KeyboardEvent> & { key: string }): KeyboardEvent {
	return {
		ctrlKey: false,
		metaKey: false,
		altKey: false,
		shiftKey: false,
		code: '',
		...init
	} as KeyboardEvent;
}

describe('commandForKey: Matches and Concordance', () => {
	it('maps Ctrl+1…3 by the key’s place, also where the layout types another character', () => {
		expect(commandForKey(key({ key: '1', code: 'Digit1', ctrlKey: true }), false)).toBe(
			'insert-match-1'
		);
		expect(commandForKey(key({ key: 'é', code: 'Digit2', ctrlKey: true }), true)).toBe(
			'insert-match-2'
		);
		expect(commandForKey(key({ key: '3', code: 'Digit3', metaKey: true }), false)).toBe(
			'insert-match-3'
		);
		expect(commandForKey(key({ key: '1', code: 'Digit1' }), false)).toBeNull();
		// Alt+1…3 too: in a browser tab Chromium keeps Ctrl+1…8 for switching tabs.
		expect(commandForKey(key({ key: '2', code: 'Digit2', altKey: true }), true)).toBe(
			'insert-match-2'
		);
		expect(
			commandForKey(key({ key: '!', code: 'Digit1', ctrlKey: true, shiftKey: true }), false)
		).toBeNull();
	});

	it('maps Ctrl+Shift+K to the Concordance, and lists every new command once', () => {
		expect(commandForKey(key({ key: 'K', ctrlKey: true, shiftKey: true }), true)).toBe(
			'concordance'
		);
		expect(commandForKey(key({ key: 'k', ctrlKey: true }), false)).toBeNull();
		for (const command of ['insert-match-1', 'insert-match-2', 'insert-match-3', 'concordance'])
			expect(SHORTCUTS.filter((shortcut) => shortcut.command === command)).toHaveLength(1);
	});
});

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
