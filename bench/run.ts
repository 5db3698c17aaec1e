/**
 * `npm run bench`: measures the built app in headless Chromium and prints one figure per line as
 * `name: value unit`, with `#` comment lines for bars and details. It never asserts. Pass --build to rebuild first,
 * --only=<label> to measure one group (e.g. --only=sharing).
 * Later issues add their measurements to MEASUREMENTS.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from '@playwright/test';
import { launchBrowser, newBenchContext } from './browser';
import { writeTenYearBackup } from './data';
import { medicationFigures } from './meds';
import { journalFigures } from './journal';
import { goalFigures } from './goals';
import { reportFigures } from './report';
import { sharingFigures } from './sharing';
import { relayFigures } from './relay';
import { formatFigure, type BenchContext, type Measurement } from './figures';
import { ensureBuild, startServer } from './server';
import { firstPageJs, tenYearData } from './shell';

const MEASUREMENTS: [string, Measurement][] = [
	['first page JavaScript', firstPageJs],
	['ten years of data', tenYearData],
	['medication plan', medicationFigures],
	['journal', journalFigures],
	['goals', goalFigures],
	['visit report', reportFigures],
	['sharing', sharingFigures],
	['sharing apart in time (relay)', relayFigures]
];

const root = fileURLToPath(new URL('..', import.meta.url));

async function main(): Promise<void> {
	const started = performance.now();
	console.log(`# ${ensureBuild(root, process.argv.includes('--build'))}`);
	const server = await startServer(root);
	const tmp = mkdtempSync(join(tmpdir(), 'tandem-bench-'));
	const cleanUp = () => {
		server.stop();
		rmSync(tmp, { recursive: true, force: true });
	};
	// Ctrl-C or a kill still stops sirv (by its PID) and removes the data file; Playwright closes Chromium itself.
	process.once('exit', cleanUp);
	for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));
	let browser: Browser | undefined;
	try {
		const data = writeTenYearBackup(tmp);
		console.log(`# ${data.note}`);
		const launched = (browser = await launchBrowser());
		console.log(`# browser: Chromium ${launched.version()}, server: sirv pid ${server.pid} on ${server.url}`);
		// Timings move with whatever else runs on the machine's two cores; this says how busy it was.
		console.log(
			`# load average: ${loadavg()
				.map((load) => load.toFixed(2))
				.join(', ')}`
		);
		const ctx: BenchContext = {
			root,
			buildDir: join(root, 'build'),
			baseURL: server.url,
			browser: launched,
			tenYearBackupPath: data.path,
			tenYearRecords: data.records,
			newContext: () => newBenchContext(launched, server.url)
		};
		// --only=<words>[,<words>…] measures just the groups whose label contains any of them (e.g. --only=sharing).
		const only = process.argv
			.find((arg) => arg.startsWith('--only='))
			?.slice('--only='.length)
			.split(',');
		for (const [label, measure] of MEASUREMENTS) {
			if (only && !only.some((words) => label.includes(words))) continue;
			try {
				for (const figure of await measure(ctx)) console.log(formatFigure(figure).join('\n'));
			} catch (error) {
				console.log(`# ${label} could not be measured: ${error instanceof Error ? error.message : String(error)}`);
				process.exitCode = 1;
			}
		}
	} finally {
		await browser?.close();
		cleanUp();
	}
	console.log(`# total: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
