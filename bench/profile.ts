/**
 * `npx tsx bench/profile.ts` (inside scripts/isolated.js): where a warm reload of Today with ten years goes.
 * Restores the ten-year backup, reloads Today once to warm up, then records a CPU profile of one more reload
 * and prints self time by script and the heaviest functions. A tool for deciding, not a figure.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { launchBrowser, newBenchContext } from './browser';
import { writeTenYearBackup } from './data';
import { ensureBuild, startServer } from './server';
import { restore, serviceWorkerReady } from './shell';

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
}

const root = fileURLToPath(new URL('..', import.meta.url));
const fresh = process.argv.includes('--fresh');
// --restore profiles the restore of ten years instead (from the confirming click until the status shows).
const restoring = process.argv.includes('--restore');

async function main(): Promise<void> {
	ensureBuild(root, false);
	const server = await startServer(root);
	const tmp = mkdtempSync(join(tmpdir(), 'tandem-profile-'));
	const browser = await launchBrowser();
	try {
		// --no-sw: the same without the service worker, to see what it adds to a reload.
		const context = process.argv.includes('--no-sw')
			? await browser.newContext({ baseURL: server.url, serviceWorkers: 'block' })
			: await newBenchContext(browser, server.url);
		const page = await context.newPage();
		if (restoring) return await profileRestore(page, writeTenYearBackup(tmp).path);
		if (!fresh) {
			await page.goto('/settings');
			await serviceWorkerReady(page);
			await restore(page, writeTenYearBackup(tmp).path);
			await page.goto('/');
			await page.waitForFunction(() => performance.getEntriesByName('tandem:today-ready').length > 0);
		}
		const cdp = await context.newCDPSession(page);
		await cdp.send('Profiler.enable');
		await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
		await cdp.send('Profiler.start');
		if (fresh) await page.goto('/');
		else await page.reload();
		await page.waitForFunction(() => performance.getEntriesByName('tandem:today-ready').length > 0);
		const { profile } = await cdp.send('Profiler.stop');
		const marks = await page.evaluate(() => {
			const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
			return {
				workerStart: Math.round(nav.workerStart),
				responseStart: Math.round(nav.responseStart),
				responseEnd: Math.round(nav.responseEnd),
				domInteractive: Math.round(nav.domInteractive),
				domContentLoaded: Math.round(nav.domContentLoadedEventEnd),
				todayReady: Math.round(performance.getEntriesByName('tandem:today-ready')[0]?.startTime ?? -1)
			};
		});
		console.log('marks (ms from navigation start):', marks);
		const resources = await page.evaluate(() =>
			performance.getEntriesByType('resource').map((entry) => {
				const timing = entry as PerformanceResourceTiming;
				return `${Math.round(timing.startTime)}→${Math.round(timing.responseEnd)} ${timing.name.replace(location.origin, '')}`;
			})
		);
		console.log('resources (start→end ms):\n  ' + resources.join('\n  '));
		printProfile(profile, server.url);
		await context.close();
	} finally {
		await browser.close();
		server.stop();
		rmSync(tmp, { recursive: true, force: true });
	}
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the CDP profile's shape, read loosely
function printProfile(profile: any, origin: string): void {
	const nodes = new Map<number, ProfileNode>(profile.nodes.map((node: ProfileNode) => [node.id, node]));
	const self = new Map<number, number>();
	const deltas = profile.timeDeltas ?? [];
	profile.samples?.forEach((id: number, index: number) => self.set(id, (self.get(id) ?? 0) + (deltas[index] ?? 0) / 1000));
	const byScript = new Map<string, number>();
	const byFunction = new Map<string, number>();
	for (const [id, ms] of self) {
		const frame = nodes.get(id)!.callFrame;
		const script = frame.url ? frame.url.replace(origin, '') : `(${frame.functionName || 'native'})`;
		byScript.set(script, (byScript.get(script) ?? 0) + ms);
		const fn = `${frame.functionName || '(anonymous)'} ${script}:${frame.lineNumber}`;
		byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
	}
	const top = (map: Map<string, number>, n: number) =>
		[...map]
			.sort((a, b) => b[1] - a[1])
			.slice(0, n)
			.map(([name, ms]) => `  ${ms.toFixed(1).padStart(7)} ms  ${name}`);
	console.log('self time by script:\n' + top(byScript, 15).join('\n'));
	console.log('heaviest functions:\n' + top(byFunction, 20).join('\n'));
}

async function profileRestore(page: Page, backupPath: string): Promise<void> {
	await page.goto('/settings');
	await serviceWorkerReady(page);
	await page.getByLabel('Backup file to restore').setInputFiles(backupPath);
	const confirm = page.getByRole('region', { name: 'Restore this backup?' });
	await confirm.waitFor({ timeout: 120_000 });
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
	await cdp.send('Profiler.start');
	await confirm.getByRole('button', { name: 'Replace everything with this backup' }).click();
	await page
		.getByRole('status')
		.filter({ hasText: /Restored [\d,]+ records/ })
		.waitFor({ timeout: 120_000 });
	const { profile } = await cdp.send('Profiler.stop');
	printProfile(profile, page.url());
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
