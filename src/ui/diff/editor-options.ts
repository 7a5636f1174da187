/**
 * Options of the diff pane. Lean by default (notes: "Lean options cut work for prose"): no
 * minimap, folding, links, unicode highlight, suggestions, sticky scroll or occurrence highlight.
 */
import type { editor } from 'monaco-editor/editor';

export const DIFF_EDITOR_OPTIONS: editor.IStandaloneDiffEditorConstructionOptions = {
	automaticLayout: true,
	// One click would copy English over the translation (issue 4).
	renderMarginRevertIcon: false,
	// Edge whitespace matters in translations (issue 4).
	ignoreTrimWhitespace: false,
	useInlineViewWhenSpaceIsLimited: false,
	renderGutterMenu: false,
	renderOverviewRuler: true,
	originalEditable: false,
	readOnly: false,
	enableSplitViewResizing: true,
	hideUnchangedRegions: { enabled: false },
	wordWrap: 'on',
	diffWordWrap: 'on',
	accessibilitySupport: 'auto',
	minimap: { enabled: false },
	folding: false,
	links: false,
	unicodeHighlight: {
		ambiguousCharacters: false,
		invisibleCharacters: false,
		nonBasicASCII: false
	},
	quickSuggestions: false,
	suggestOnTriggerCharacters: false,
	parameterHints: { enabled: false },
	stickyScroll: { enabled: false },
	occurrencesHighlight: 'off',
	selectionHighlight: false,
	bracketPairColorization: { enabled: false },
	matchBrackets: 'never',
	guides: { indentation: false, bracketPairs: false },
	renderLineHighlight: 'all',
	// Leading and trailing spaces of a translation must be visible (issue 4).
	renderWhitespace: 'boundary',
	renderControlCharacters: true,
	// Text dragged inside the editor could move line breaks; the line repair would catch it,
	// but a drag that silently moves words between segments is a mistake more often than not.
	dragAndDrop: false,
	dropIntoEditor: { enabled: false },
	// F1 is the app's shortcuts dialog and Ctrl+G its Go to segment; keep Monaco's menus lean.
	contextmenu: true,
	scrollBeyondLastLine: false,
	fontSize: 14,
	lineHeight: 22,
	padding: { top: 4 }
};

/** The left side: what the translator compares against, never edited. */
export const ORIGINAL_SIDE_OPTIONS: editor.IEditorOptions = { readOnly: true, domReadOnly: false };
