#!/usr/bin/env node
// The first page's JavaScript against its budget (issue 18), read from the build's Vite manifest: what the
// browser loads to show Today, gzipped. `npm test` runs this after its build; it fails when a budget is passed.
// A size check, not a timing: the same build always gives the same answer.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** @typedef {Record<string, { file: string, imports?: string[], isEntry?: boolean }>} Manifest */

const NODES = '.svelte-kit/generated/client-optimized/nodes/';
const START = 'node_modules/@sveltejs/kit/src/runtime/client/entry.js';
const APP = '.svelte-kit/generated/client-optimized/app.js';
// The root layout (node 0) and Today (node 2), and what Today loads for each kind of person.
export const FIRST_PAGE = [START, APP, `${NODES}0.js`, `${NODES}2.js`];
/** Dexie and the queries Today starts with: their own chunk, loaded as soon as the app starts. */
export const STARTUP = 'src/lib/db/startup.ts';

/** Budgets in kB (1,000 bytes) of gzipped JavaScript; the bars of issue 18. */
const NEW_PERSON = ['src/routes/GettingStarted.svelte'];
// The cards Today loads for someone with medicines, goals and sessions (the bench's ten-year data).
const WITH_DATA = [
	'src/lib/ui/meds/TodayDoses.svelte',
	'src/routes/TodayGoals.svelte',
	'src/routes/TodayTherapy.svelte',
	'src/routes/TodayReminders.svelte',
	...NEW_PERSON
];
export const BUDGETS = [
	{ person: 'a new person', extra: NEW_PERSON, maxKb: 70 },
	// What Today's cards import statically; `npm run bench` also counts what they load later, a little more.
	{ person: 'someone with medicines', extra: WITH_DATA, maxKb: 85 },
	// Today's data needs the database chunk too (Dexie and the startup queries, loaded as the app starts):
	// these budgets hold that total at its size now, so it can only shrink.
	{ person: 'a new person, with the database code', extra: [...NEW_PERSON, STARTUP], maxKb: 90 },
	{ person: 'someone with medicines, with the database code', extra: [...WITH_DATA, STARTUP], maxKb: 115 }
];

/**
 * The output files the given manifest keys load before they run: each key's own file and, transitively, its
 * static imports (dynamic imports load later, so they are not counted).
 * @param {Manifest} manifest
 * @param {string[]} keys
 * @returns {string[]}
 */
export function staticFiles(manifest, keys) {
	const seen = new Set();
	const queue = [...keys];
	for (let key = queue.pop(); key !== undefined; key = queue.pop()) {
		if (seen.has(key)) continue;
		const entry = manifest[key];
		if (!entry) throw new Error(`The build's manifest has no ${key}; was the app built?`);
		seen.add(key);
		queue.push(...(entry.imports ?? []));
	}
	return [...new Set([...seen].map((key) => manifest[key].file))].filter((file) => file.endsWith('.js'));
}

/**
 * Each budget's total against its limit.
 * @param {Manifest} manifest
 * @param {(file: string) => number} gzippedBytes
 * @param {typeof BUDGETS} budgets
 */
export function measureBudgets(manifest, gzippedBytes, budgets = BUDGETS) {
	// As the bench counts: the database chunk (and what only it brings) loads beside the page from the start,
	// so it is counted only where a budget names it.
	const firstPage = new Set(staticFiles(manifest, FIRST_PAGE));
	const startupOnly = manifest[STARTUP]
		? new Set(staticFiles(manifest, [STARTUP]).filter((file) => !firstPage.has(file)))
		: new Set();
	return budgets.map(({ person, extra, maxKb }) => {
		const all = staticFiles(manifest, [...FIRST_PAGE, ...extra]);
		const files = extra.includes(STARTUP) ? all : all.filter((file) => !startupOnly.has(file));
		const kb = files.reduce((sum, file) => sum + gzippedBytes(file), 0) / 1000;
		return { person, kb, maxKb, files: files.length, within: kb <= maxKb };
	});
}

function main() {
	const client = '.svelte-kit/output/client';
	const manifest = JSON.parse(readFileSync(join(client, '.vite/manifest.json'), 'utf8'));
	const gzipped = (/** @type {string} */ file) => gzipSync(readFileSync(join(client, file)), { level: 9 }).length;
	const results = measureBudgets(manifest, gzipped);
	for (const { person, kb, maxKb, files, within } of results)
		console.log(
			`${within ? '✓' : '✗'} first-page JavaScript for ${person}: ${kb.toFixed(1)} kB gzipped in ${files} files (budget ${maxKb} kB)`
		);
	if (results.some((result) => !result.within)) process.exit(1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
