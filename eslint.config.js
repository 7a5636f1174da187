import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

/** Folder layering (ARCHITECTURE.md): each pattern lists what a folder may NOT import. */
const restrict = (patterns) => ({
	'no-restricted-imports': ['error', { patterns }]
});

export default ts.config(
	{ ignores: ['dist/', 'bin/', 'node_modules/', 'coverage/'] },
	js.configs.recommended,
	...ts.configs.recommendedTypeChecked,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: {
			globals: { ...globals.browser, ...globals.node },
			parserOptions: {
				// Two programs: browser code (tsconfig.json) and Node code (CLI, tests, bench, configs).
				project: ['./tsconfig.json', './tsconfig.node.json'],
				extraFileExtensions: ['.svelte'],
				tsconfigRootDir: import.meta.dirname
			}
		},
		rules: {
			'@typescript-eslint/no-explicit-any': 'error',
			'@typescript-eslint/consistent-type-imports': 'error',
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/await-thenable': 'error',
			'@typescript-eslint/require-await': 'error',
			eqeqeq: 'error',
			'svelte/button-has-type': 'error',
			'svelte/no-at-html-tags': 'error'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: { parserOptions: { parser: ts.parser } }
	},
	{ files: ['**/*.js', '**/*.mjs'], ...ts.configs.disableTypeChecked },
	{
		files: ['src/core/**'],
		rules: restrict([
			{
				group: ['svelte', 'svelte/*', 'monaco-editor', 'monaco-editor/*', 'idb-keyval', 'fflate'],
				message: 'core is pure: no UI, storage or zip.'
			},
			{
				group: [
					'**/ui/**',
					'**/state/**',
					'**/storage/**',
					'**/io/**',
					'**/worker/**',
					'**/cli/**'
				],
				message: 'core imports only core.'
			}
		])
	},
	{
		files: ['src/worker/**'],
		rules: restrict([
			{
				group: [
					'svelte',
					'monaco-editor',
					'monaco-editor/*',
					'idb-keyval',
					'**/ui/**',
					'**/state/**',
					'**/storage/**'
				],
				message: 'workers import only core and the protocol.'
			}
		])
	},
	{
		files: ['src/storage/**', 'src/io/**'],
		rules: restrict([
			{
				group: ['svelte', 'monaco-editor', 'monaco-editor/*', '**/ui/**', '**/state/**'],
				message: 'storage and io sit below state and ui.'
			}
		])
	},
	{
		files: ['src/state/**'],
		rules: restrict([
			{
				group: ['monaco-editor', 'monaco-editor/*', 'idb-keyval', '**/ui/**'],
				message: 'state does not know Monaco, idb-keyval or components.'
			},
			{
				group: ['**/worker/*', '!**/worker/index.ts'],
				message: 'state reaches the workers through their door, worker/index.ts.'
			}
		])
	},
	{
		files: ['src/ui/**'],
		rules: {
			...restrict([
				{
					group: ['idb-keyval', '**/storage/**', '**/worker/**', '**/io/**'],
					message: 'ui talks to state only.'
				}
			]),
			// The core's contract types are shared; its functions are called through state.
			'@typescript-eslint/no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: '^(\\.\\./)+core/',
							allowTypeImports: true,
							message: 'ui imports only types from the core; use cases live in state.'
						}
					]
				}
			]
		}
	}
);
