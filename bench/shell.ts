/** Issue 2's figures: the app shell's first-page JavaScript, and backup, restore, cold start and size with ten years of data. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from '@playwright/test';
import { median, type Figure, type Measurement } from './figures';
import { databaseFiles } from './startup';
import { indexedDbFloor } from './indexedDbFloor';
import { freshToToday, reloadToTodayTenYears } from './today';

export const LONG = 120_000;
const COLD_STARTS = 5;

/** The JavaScript the page loads for / in a fresh context, each file gzipped (level 9) from build/. */
export const firstPageJs: Measurement = async (ctx) => {
	const context = await ctx.newContext();
	try {
		const page = await context.newPage();
		const urls = new Set<string>();
		// Page events only: the service worker's precache fetches are reported on the context, not the page.
		page.on('response', (response) => {
			if (response.request().resourceType() === 'script') urls.add(response.url());
		});
		await page.goto('/', { waitUntil: 'networkidle' });
		const files = [...urls].map((url) => gzippedFile(ctx.buildDir, url)).sort((a, b) => b.bytes - a.bytes);
		return [
			...firstPageFigures(ctx.root, files, 'first-page-js-gzip', { max: 70, text: '70 kB' }, 'a new person'),
			await freshToToday(ctx.newContext)
		];
	} finally {
		await context.close();
	}
};

/**
 * The first page's JavaScript is what it loads before Dexie and the queries arrive (issue 18): those load just
 * after the start (src/lib/db/startup.ts), so they are named in a note and in the '-all' figure, not counted.
 */
export function firstPageFigures(
	root: string,
	files: GzippedFile[],
	name: string,
	bar: { max: number; text: string },
	who: string
): Figure[] {
	const late = databaseFiles(root);
	const first = files.filter((file) => !late.has(file.path)).sort((a, b) => b.bytes - a.bytes);
	const kB = (list: GzippedFile[]) => list.reduce((sum, file) => sum + file.bytes, 0) / 1000;
	const missing = files.filter((file) => !file.found).map((file) => `not in build/, not counted: ${file.path}`);
	const largest = first.slice(0, 5).map((file) => `${(file.bytes / 1000).toFixed(1)} kB ${file.path}`);
	return [
		{
			name,
			value: kB(first),
			unit: 'kB',
			digits: 1,
			bar,
			notes: [`${who}, ${first.length} files; largest: ${largest.join(', ')}`, ...missing]
		},
		{
			name: `${name}-all`,
			value: kB(files),
			unit: 'kB',
			digits: 1,
			notes: [
				`every script by network idle, with the database code loaded after the start (${files.length - first.length} files)`
			]
		}
	];
}

export interface GzippedFile {
	path: string;
	bytes: number;
	found: boolean;
}

export function gzippedFile(buildDir: string, url: string): GzippedFile {
	const file = join(buildDir, decodeURIComponent(new URL(url).pathname));
	const path = relative(buildDir, file);
	if (!file.startsWith(buildDir) || !existsSync(file) || !statSync(file).isFile()) return { path: url, bytes: 0, found: false };
	return { path, bytes: gzipSync(readFileSync(file), { level: 9 }).length, found: true };
}

/** Restore, export, database size and cold start, in that order, in one context that ends up holding ten years. */
export const tenYearData: Measurement = async (ctx) => {
	const context = await ctx.newContext();
	try {
		const page = await context.newPage();
		await page.goto('/settings');
		const sw = await serviceWorkerReady(page);
		// Before the restore: IndexedDB still settling after writing ten years would slow the floor down.
		const floor = await indexedDbFloor(page, ctx.tenYearRecords);
		const figures = [...(await restore(page, ctx.tenYearBackupPath)), ...(await backUp(page)), await databaseSize(page), floor];
		figures[0].notes?.push(`service worker ${sw ? 'installed before timing' : 'not ready after 30 s'}`);
		await page.close();
		figures.push(await coldStartToday(context), await reloadToTodayTenYears(context));
		return figures;
	} finally {
		await context.close();
	}
};

/** Waits for the service worker's install (its precache) so that it does not compete with the timings. */
export function serviceWorkerReady(page: Page): Promise<boolean> {
	return page.evaluate(() =>
		navigator.serviceWorker
			? Promise.race([
					navigator.serviceWorker.ready.then(() => true),
					new Promise<boolean>((r) => setTimeout(() => r(false), 30_000))
				])
			: false
	);
}

export async function measureOf(page: Page, name: string): Promise<number> {
	await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, { timeout: LONG });
	return page.evaluate((n) => performance.getEntriesByName(n)[0].duration, name);
}

export async function restore(page: Page, backupPath: string): Promise<Figure[]> {
	// Validation is timed inside the page with performance.now: from the file input's change event until the
	// "Restore this backup?" region is in the DOM (a MutationObserver), so no Playwright round trip is counted.
	await page.evaluate(() => {
		const timed = window as unknown as { __benchValidate?: Promise<number> };
		timed.__benchValidate = new Promise<number>((resolve) => {
			let start = 0;
			document.addEventListener('change', () => (start = performance.now()), { capture: true, once: true });
			const observer = new MutationObserver(() => {
				const regions = [...document.querySelectorAll('[role="region"]')];
				if (start && regions.some((region) => region.textContent?.includes('Restore this backup?'))) {
					observer.disconnect();
					resolve(performance.now() - start);
				}
			});
			observer.observe(document.body, { childList: true, subtree: true, characterData: true });
		});
	});
	await page.getByLabel('Backup file to restore').setInputFiles(backupPath);
	const confirm = page.getByRole('region', { name: 'Restore this backup?' });
	const refusal = page.getByRole('alert');
	await confirm.or(refusal).waitFor({ timeout: LONG });
	// A refusal usually means build/ is older than the fixture's schema (tests/fixtures runs from source).
	if (await refusal.isVisible()) throw new Error(`the app refused the ten-year backup: ${await refusal.textContent()}`);
	const validate = await page.evaluate(() => (window as unknown as { __benchValidate: Promise<number> }).__benchValidate);

	const clicked = Date.now();
	await confirm.getByRole('button', { name: 'Replace everything with this backup' }).click();
	const status = page.getByRole('status').filter({ hasText: /Restored [\d,]+ records/ });
	await status.waitFor({ timeout: LONG });
	const wall = Date.now() - clicked;
	const restored = await measureOf(page, 'tandem:restore');
	const message = (await status.textContent())?.trim() ?? '';
	return [
		{
			name: 'restore-ten-years',
			value: restored,
			unit: 'ms',
			digits: 0,
			bar: { max: 1500, text: '1.5 s' },
			notes: [`performance.measure('tandem:restore'); click → status shown: ${wall} ms; "${message}"`]
		},
		{
			name: 'restore-validate-ten-years',
			value: validate,
			unit: 'ms',
			digits: 0,
			notes: ['change event → confirm region in DOM']
		}
	];
}

async function backUp(page: Page): Promise<Figure[]> {
	const [download] = await Promise.all([
		page.waitForEvent('download', { timeout: LONG }),
		page.getByRole('button', { name: 'Back up now' }).click()
	]);
	const exported = await measureOf(page, 'tandem:export');
	const bytes = statSync(await download.path()).size;
	return [
		{
			name: 'backup-export-ten-years',
			value: exported,
			unit: 'ms',
			digits: 0,
			bar: { max: 2000, text: '2 s' },
			notes: [`performance.measure('tandem:export'); file ${download.suggestedFilename()}`]
		},
		{ name: 'backup-file-size', value: bytes / 1e6, unit: 'MB', digits: 1 }
	];
}

async function databaseSize(page: Page): Promise<Figure> {
	const estimate = await page.evaluate(async () => {
		const { usage, usageDetails } = (await navigator.storage.estimate()) as StorageEstimate & {
			usageDetails?: { indexedDB?: number };
		};
		return { indexedDB: usageDetails?.indexedDB, usage: usage ?? 0 };
	});
	const bytes = estimate.indexedDB ?? estimate.usage;
	const source =
		estimate.indexedDB === undefined ? 'usage (no usageDetails.indexedDB in this browser)' : 'usageDetails.indexedDB';
	return {
		name: 'database-size',
		value: bytes / 1e6,
		unit: 'MB',
		digits: 1,
		notes: [`navigator.storage.estimate() ${source}; whole origin: ${(estimate.usage / 1e6).toFixed(1)} MB`]
	};
}

/** A new page in the context that holds the data: navigation start → the app's 'tandem:today-ready' mark. */
async function coldStartToday(context: BrowserContext): Promise<Figure> {
	const runs: number[] = [];
	let controlled = 0;
	for (let run = 0; run < COLD_STARTS; run++) {
		const page = await context.newPage();
		await page.goto('/');
		await page.waitForFunction(() => performance.getEntriesByName('tandem:today-ready').length > 0, undefined, {
			timeout: LONG
		});
		const seen = await page.evaluate(() => ({
			ms: performance.getEntriesByName('tandem:today-ready')[0].startTime,
			sw: Boolean(navigator.serviceWorker?.controller)
		}));
		runs.push(seen.ms);
		if (seen.sw) controlled++;
		await page.close();
	}
	return {
		name: 'cold-start-today',
		value: median(runs),
		unit: 'ms',
		digits: 0,
		bar: { max: 1500, text: '1.5 s' },
		notes: [
			`median of ${COLD_STARTS} runs: ${runs.map((ms) => Math.round(ms)).join(', ')} ms`,
			`served by the service worker in ${controlled} of ${COLD_STARTS} runs`
		]
	};
}
