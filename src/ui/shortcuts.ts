/**
 * Every key binding of the app, in one table: the shortcuts dialog lists it and the global key
 * handler matches against it, so the two cannot drift apart. Keys inside the editor that Monaco
 * owns are listed too (marked `isEditorKey`) so the dialog is complete.
 */
export type CommandId =
	| 'open-files'
	| 'open-folder'
	| 'go-to-segment'
	| 'next-difference'
	| 'previous-difference'
	| 'next-file'
	| 'previous-file'
	| 'toggle-compare'
	| 'copy-compared'
	| 'update-version'
	| 'next-problem'
	| 'previous-problem'
	| 'toggle-problems'
	| 'replace-in-files'
	| 'undo-replace'
	| 'revert-segment'
	| 'export-file'
	| 'export-all'
	| 'filter-files'
	| 'insert-match-1'
	| 'insert-match-2'
	| 'insert-match-3'
	| 'concordance'
	| 'filter-segments'
	| 'next-filter-hit'
	| 'previous-filter-hit'
	| 'fill-repetitions'
	| 'shortcuts';

export interface Shortcut {
	readonly command: CommandId | null;
	/** As shown to the user, e.g. `Ctrl+G`. */
	readonly keys: string;
	readonly description: string;
}

export const SHORTCUTS: readonly Shortcut[] = [
	{ command: 'open-files', keys: 'Ctrl+O', description: 'Open files' },
	{ command: 'open-folder', keys: 'Ctrl+Shift+O', description: 'Open a folder' },
	{ command: 'go-to-segment', keys: 'Ctrl+G', description: 'Go to segment (position or id)' },
	{ command: 'next-difference', keys: 'F7', description: 'Next difference' },
	{ command: 'previous-difference', keys: 'Shift+F7', description: 'Previous difference' },
	{ command: 'next-problem', keys: 'F8', description: 'Next QA problem' },
	{ command: 'previous-problem', keys: 'Shift+F8', description: 'Previous QA problem' },
	{
		command: 'toggle-problems',
		keys: 'Ctrl+Shift+M',
		description: 'Show or hide the Problems panel'
	},
	{
		command: 'replace-in-files',
		keys: 'Ctrl+Shift+H',
		description: 'Replace in files: find and replace in the translations of all open files'
	},
	{
		command: 'undo-replace',
		keys: 'Ctrl+Z (outside the editor)',
		description: 'Undo the last Replace all, in every file'
	},
	{ command: 'next-file', keys: 'Alt+Down', description: 'Next file' },
	{ command: 'previous-file', keys: 'Alt+Up', description: 'Previous file' },
	{
		command: 'toggle-compare',
		keys: 'Alt+C',
		description: 'Compare with: the next choice (Source, Original translation, other open files)'
	},
	{
		command: 'copy-compared',
		keys: 'Alt+Insert',
		description: "Copy the compared file's text of this segment into the translation"
	},
	{
		command: 'revert-segment',
		keys: 'Alt+R',
		description: 'Revert segment to its original translation'
	},
	{
		command: 'update-version',
		keys: 'Ctrl+Shift+U',
		description: 'Update to new version: merge your edits onto newer versions of open files'
	},
	{ command: 'export-file', keys: 'Ctrl+S', description: 'Export file' },
	{ command: 'export-all', keys: 'Ctrl+Shift+S', description: 'Export all (zip)' },
	{ command: 'filter-files', keys: 'Ctrl+Shift+F', description: 'Filter the file list' },
	{
		command: 'insert-match-1',
		keys: 'Ctrl+1 or Alt+1',
		description:
			'Insert match 1 of the Matches list as the translation (in a browser tab, Ctrl+1…3 switch tabs: use Alt)'
	},
	{ command: 'insert-match-2', keys: 'Ctrl+2 or Alt+2', description: 'Insert match 2' },
	{ command: 'insert-match-3', keys: 'Ctrl+3 or Alt+3', description: 'Insert match 3' },
	{
		command: 'concordance',
		keys: 'Ctrl+Shift+K',
		description: 'Concordance: a term in the sources and translations of all open files'
	},
	{
		command: 'filter-segments',
		keys: 'Ctrl+Shift+L',
		description: 'Filter segments: by state, QA check, text, context (this file or all files)'
	},
	{ command: 'next-filter-hit', keys: 'Alt+PageDown', description: 'Next filter hit' },
	{ command: 'previous-filter-hit', keys: 'Alt+PageUp', description: 'Previous filter hit' },
	{
		command: 'fill-repetitions',
		keys: 'Alt+P',
		description: "Fill repetitions: give the confirmed segment's translation to its repetitions"
	},
	{ command: 'shortcuts', keys: '? or F1', description: 'Show these shortcuts' },
	{
		command: null,
		keys: 'Shift+Enter',
		description: 'Type a line break inside the translation (shown as ⏎)'
	},
	{
		command: null,
		keys: 'Ctrl+Enter',
		description: 'Confirm the segment and go to the next unconfirmed one (next file at the end)'
	},
	{ command: null, keys: 'Ctrl+Shift+Enter', description: 'Previous segment' },
	{ command: null, keys: 'Up / Down', description: 'Previous / next line (a long segment wraps)' },
	{ command: null, keys: 'Alt+F2', description: "Monaco's accessible diff viewer" },
	{ command: null, keys: 'Up, Down, Home, End', description: 'Move in the file list' },
	{
		command: null,
		keys: 'Enter or a click (file list)',
		description: 'Type in that file: the Translation editor takes the focus'
	},
	{ command: null, keys: 'Ctrl+Z / Ctrl+Y', description: 'Undo / redo in the translation' },
	{ command: null, keys: 'Escape', description: 'Close a dialog' }
];

/** The command a key press means, or null. `?` is ignored while typing in a field or editor. */
export function commandForKey(event: KeyboardEvent, isTyping: boolean): CommandId | null {
	const ctrl = event.ctrlKey || event.metaKey;
	const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
	if (event.key === 'F1' || (event.key === '?' && !isTyping && !ctrl && !event.altKey))
		return 'shortcuts';
	if (event.key === 'F7') return event.shiftKey ? 'previous-difference' : 'next-difference';
	if (event.key === 'F8') return event.shiftKey ? 'previous-problem' : 'next-problem';
	if (event.altKey && !ctrl) {
		if (key === 'ArrowDown') return 'next-file';
		if (key === 'ArrowUp') return 'previous-file';
		if (event.code === 'KeyC') return 'toggle-compare';
		if (event.code === 'KeyR') return 'revert-segment';
		if (key === 'Insert') return 'copy-compared';
		if (key === 'PageDown') return 'next-filter-hit';
		if (key === 'PageUp') return 'previous-filter-hit';
		if (event.code === 'KeyP') return 'fill-repetitions';
		// Alt+1…3 as well as Ctrl+1…3: a browser tab keeps Ctrl+1…8 for switching tabs.
		if (event.code === 'Digit1') return 'insert-match-1';
		if (event.code === 'Digit2') return 'insert-match-2';
		if (event.code === 'Digit3') return 'insert-match-3';
		return null;
	}
	if (!ctrl || event.altKey) return null;
	if (key === 'g' && !event.shiftKey) return 'go-to-segment';
	if (key === 'o') return event.shiftKey ? 'open-folder' : 'open-files';
	if (key === 's') return event.shiftKey ? 'export-all' : 'export-file';
	if (key === 'f' && event.shiftKey) return 'filter-files';
	if (key === 'l' && event.shiftKey) return 'filter-segments';
	if (key === 'u' && event.shiftKey) return 'update-version';
	if (key === 'm' && event.shiftKey) return 'toggle-problems';
	if (key === 'h' && event.shiftKey) return 'replace-in-files';
	if (key === 'k' && event.shiftKey) return 'concordance';
	// By the key's place, not its character: Ctrl+1 on AZERTY types "&".
	if (!event.shiftKey && event.code === 'Digit1') return 'insert-match-1';
	if (!event.shiftKey && event.code === 'Digit2') return 'insert-match-2';
	if (!event.shiftKey && event.code === 'Digit3') return 'insert-match-3';
	// Inside an editor or a field, Ctrl+Z is theirs (the translation's own undo history).
	if (key === 'z' && !event.shiftKey && !isTyping) return 'undo-replace';
	return null;
}
