/**
 * The parts of Monaco locdiff uses, and nothing else: the editor API, the diff editor, Find,
 * hover (token problems), clipboard, multi-cursor, word operations and codicons. The whole
 * package would add every language and its worker (notes: 3,979 kB against 2,791 kB).
 * Deliberately absent: Go to line (the app's Ctrl+G is "Go to segment", issue 4), the command
 * palette (F1 is the app's shortcuts dialog), folding, links, suggestions and line operations.
 */
import '../monaco-env.ts';
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/features/codeEditor/register';
import 'monaco-editor/features/diffEditor/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/multicursor/register';
import 'monaco-editor/features/wordOperations/register';
import 'monaco-editor/features/readOnlyMessage/register';

export * as monaco from 'monaco-editor/editor';
