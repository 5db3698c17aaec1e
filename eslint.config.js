import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** Layers may only import downward: domain ← db ← share ← state ← ui/routes (see STYLE.md). */
function layer(files, forbidden, why) {
	return {
		files,
		rules: {
			'no-restricted-imports': ['error', { patterns: forbidden.map((group) => ({ group: [group], message: why })) }]
		}
	};
}

export default ts.config(
	{
		ignores: ['build/', 'build-next/', '.svelte-kit/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench/results/']
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			// Tandem is always served from the root of its origin (no `paths.base`), so plain hrefs are exact.
			'svelte/no-navigation-without-resolve': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig }
		}
	},
	layer(
		['src/lib/domain/**'],
		[
			'svelte',
			'svelte/*',
			'dexie',
			'yjs',
			'y-*',
			'$lib/db/*',
			'$lib/share/*',
			'$lib/state/*',
			'$lib/ui/*',
			'$lib/pwa/*',
			'$app/*'
		],
		'domain is pure TypeScript: no Svelte, Dexie, Yjs or app layers.'
	),
	layer(
		['src/lib/db/**'],
		['svelte', 'svelte/*', 'yjs', 'y-*', '$lib/share/*', '$lib/state/*', '$lib/ui/*', '$app/*'],
		'db may use domain only.'
	),
	layer(['src/lib/share/**'], ['svelte', 'svelte/*', '$lib/state/*', '$lib/ui/*', '$app/*'], 'share may use domain and db only.'),
	layer(
		['src/lib/ui/**'],
		['dexie', 'yjs', 'y-*', '$lib/db/*', '$lib/share/*'],
		'ui renders state; it never opens the database or a board.'
	),
	layer(
		['src/routes/**'],
		['dexie', 'yjs', 'y-*', '$lib/db/*', '$lib/share/*'],
		'routes read state and render ui; no Dexie, no Yjs.'
	)
);
