import { describe, expect, it } from 'vitest';
import { measureBudgets, STARTUP, staticFiles } from '../../../scripts/first-page-budget.js';

const START = 'node_modules/@sveltejs/kit/src/runtime/client/entry.js';
const APP = '.svelte-kit/generated/client-optimized/app.js';
const NODES = '.svelte-kit/generated/client-optimized/nodes/';

// A small build: the first page shares a chunk with the extra component, which also imports a chunk of its own.
const manifest = {
	[START]: { file: 'start.js', imports: ['_shared.js'] },
	[APP]: { file: 'app.js', imports: ['_shared.js'] },
	[`${NODES}0.js`]: { file: 'layout.js', imports: ['_shared.js', 'app.css'] },
	[`${NODES}2.js`]: { file: 'today.js', imports: ['_shared.js'] },
	'_shared.js': { file: 'shared.js' },
	'app.css': { file: 'app.css' },
	'Extra.svelte': { file: 'extra.js', imports: ['_shared.js', '_big.js'] },
	'_big.js': { file: 'big.js' },
	'Later.svelte': { file: 'later.js' }
};
const sizes: Record<string, number> = {
	'start.js': 1000,
	'app.js': 2000,
	'layout.js': 3000,
	'today.js': 4000,
	'shared.js': 5000,
	'extra.js': 6000,
	'big.js': 50_000,
	'later.js': 99_000
};
const bytes = (file: string) => sizes[file];

describe('staticFiles', () => {
	it('follows static imports once each and leaves out stylesheets', () => {
		expect(staticFiles(manifest, [START, APP]).sort()).toEqual(['app.js', 'shared.js', 'start.js']);
	});

	it('says which key is missing when the manifest is not from this app', () => {
		expect(() => staticFiles(manifest, ['src/Nowhere.svelte'])).toThrow(/no src\/Nowhere.svelte/);
	});
});

describe('measureBudgets', () => {
	it('adds each person’s component to the first page and compares the total with the budget', () => {
		const [small, large] = measureBudgets(manifest, bytes, [
			{ person: 'small', extra: [], maxKb: 15 },
			{ person: 'large', extra: ['Extra.svelte'], maxKb: 70 }
		]);
		expect(small).toEqual({ person: 'small', kb: 15, maxKb: 15, files: 5, within: true });
		expect(large).toMatchObject({ kb: 71, files: 7, within: false });
	});
});

describe('the database chunk', () => {
	// The start also loads the database code (its own chunk, which brings a big library): a card that imports
	// the same library doesn't count it again, unless the budget is the one with the database code.
	const withStartup = {
		...manifest,
		[STARTUP]: { file: 'startup.js', imports: ['_big.js'], isDynamicEntry: true },
		'startup.js': { file: 'startup.js' }
	};
	it('is left out of a budget that doesn’t name it, and counted in one that does', () => {
		const [without, withDatabase] = measureBudgets(withStartup, (file) => sizes[file] ?? 1000, [
			{ person: 'cards', extra: ['Extra.svelte'], maxKb: 70 },
			{ person: 'cards and database', extra: ['Extra.svelte', STARTUP], maxKb: 70 }
		]);
		expect(without).toMatchObject({ kb: 21, files: 6, within: true });
		expect(withDatabase).toMatchObject({ kb: 72, files: 8, within: false });
	});
});
