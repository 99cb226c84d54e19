import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		// The build's own constants (`define` in vite.config.ts; declared in src/app.d.ts).
		languageOptions: { globals: { ...globals.browser, ...globals.node, __SINGLE_FILE__: 'readonly', __OFFLINE_DATA__: 'readonly' } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: { parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig } }
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
			// One page, no internal links: the only links go to sources elsewhere, and the address is
			// only ever rewritten in place (query string) on that same page.
			'svelte/no-navigation-without-resolve': ['error', { ignoreLinks: true, ignoreReplaceState: true }]
		}
	},
	{ ignores: ['build/', '.svelte-kit/', 'build-single/', 'node_modules/', 'bench/.cache/', 'tests/e2e/results/', 'test-results/', '.*.mjs'] }
);
