import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/**
 * The layers, one per folder, and whom each may import (docs/architecture.md):
 *
 *   domain ← db ← share ← state ← ui ← routes,   domain ← pwa ← state
 *
 * - domain: pure TypeScript; imports only itself.
 * - db: domain. share: domain and db.
 * - pwa (service worker, notifications, calendar export, downloads) is a layer of its own beside db and share:
 *   it may use domain; only state uses it, so a page reaches the browser's platform through state like everything else.
 * - state: domain, db, share, pwa.
 * - ui: domain and state (components read rune state); never db, share or pwa.
 * - routes: domain, state and ui; never db, share or pwa.
 * Packages follow the same lines: Svelte and SvelteKit's `$app` only from state up (pwa may use `$app`), Dexie in db (and
 * its liveQuery in state), Yjs and y-webrtc only in share and state.
 *
 * eslint-plugin-boundaries classifies the file an import resolves to, so an alias (`$lib/…`), a relative path, a
 * dynamic `import()` and a `.svelte` component are all held to the same rule. tests/unit/lint checks that it does.
 */
const LAYERS = ['domain', 'db', 'share', 'pwa', 'state', 'ui', 'routes'];
const MAY_USE = {
	domain: [],
	db: ['domain'],
	share: ['domain', 'db'],
	pwa: ['domain'],
	state: ['domain', 'db', 'share', 'pwa'],
	ui: ['domain', 'state'],
	routes: ['domain', 'state', 'ui']
};
const SVELTE = ['svelte', 'svelte/**'];
const APP = ['$app/**'];
const DEXIE = ['dexie', 'fake-indexeddb', 'fake-indexeddb/**'];
const YJS = ['yjs', 'y-*', 'y-*/**', 'lib0', 'lib0/**'];
const MAY_NOT_USE_PACKAGES = {
	domain: [...SVELTE, ...APP, ...DEXIE, ...YJS],
	db: [...SVELTE, ...APP, ...YJS],
	share: [...SVELTE, ...APP, ...DEXIE],
	pwa: [...SVELTE, ...DEXIE, ...YJS],
	// state bridges Dexie's liveQuery into runes (live.svelte.ts); its tables are still opened only in db.
	state: [],
	ui: [...DEXIE, ...YJS],
	routes: [...DEXIE, ...YJS]
};

const layerRules = {
	plugins: { boundaries },
	settings: {
		'boundaries/elements': LAYERS.map((layer) => ({
			type: layer,
			pattern: layer === 'routes' ? 'src/routes' : `src/lib/${layer}`
		})),
		'boundaries/dependency-nodes': ['import', 'export', 'dynamic-import'],
		// SvelteKit's `$app/…` modules are virtual (no file to resolve): count them as a package.
		'boundaries/flag-as-external': { customSourcePatterns: ['$app/**'] },
		'import/resolver': {
			// Reads tsconfig's paths, so `$lib/…` resolves to the file it names; `.svelte.ts` and `.svelte` as the bundler does.
			typescript: { project: './tsconfig.json', extensions: ['.ts', '.js', '.svelte'] }
		}
	},
	rules: {
		'boundaries/dependencies': [
			'error',
			{
				default: 'disallow',
				checkAllOrigins: true,
				message:
					'{{from.type}} may not import “{{dependency.source}}” ({{#if to.type}}{{to.type}}{{else}}a package{{/if}}): see the layers at the top of eslint.config.js.',
				policies: [
					// Packages are allowed unless a layer's list below says otherwise.
					{ allow: { to: { module: { origin: ['external', 'core'] } } } },
					...LAYERS.map((layer) => ({
						from: { element: { type: layer } },
						allow: { to: { element: { types: [layer, ...MAY_USE[layer]] } } }
					})),
					...LAYERS.map((layer) => ({
						from: { element: { type: layer } },
						disallow: { to: { module: { source: MAY_NOT_USE_PACKAGES[layer] } } }
					}))
				]
			}
		]
	}
};

export default ts.config(
	{
		ignores: [
			'build/',
			'build-next/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'bench/results/',
			// Deliberately wrong imports; tests/unit/lint/layers.spec.ts lints them on purpose.
			'tests/fixtures/lint/'
		]
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
	layerRules
);
