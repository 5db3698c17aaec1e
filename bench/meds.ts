/**
 * Issue 3's figures, on the ten-year data: the Today timetable (computed and on screen after its data
 * has arrived) and ten-year adherence for the four medications.
 */
import type { Page } from '@playwright/test';
import { median, type Figure, type Measurement } from './figures';
import { firstPageFigures, gzippedFile, LONG, measureOf, restore, serviceWorkerReady } from './shell';

const RUNS = 5;

export const medicationFigures: Measurement = async (ctx) => {
	const context = await ctx.newContext();
	try {
		const setup = await context.newPage();
		await setup.goto('/settings');
		await serviceWorkerReady(setup);
		await restore(setup, ctx.tenYearBackupPath);
		await setup.close();

		const timetable: number[] = [];
		const scripts = new Set<string>();
		for (let run = 0; run < RUNS; run++) {
			const page = await context.newPage();
			// Today with medications also loads the timetable: count what the first page loads then too.
			if (run === 0)
				page.on('response', (response) => response.request().resourceType() === 'script' && scripts.add(response.url()));
			await page.goto('/', { waitUntil: run === 0 ? 'networkidle' : 'load' });
			timetable.push(await timetableAfterData(page));
			await page.close();
		}

		const page = await context.newPage();
		const adherence = await tenYearAdherence(page);
		const files = [...scripts].map((url) => gzippedFile(ctx.buildDir, url));
		const withData = firstPageFigures(
			ctx.root,
			files,
			'first-page-js-gzip-with-medications',
			{ max: 85, text: '85 kB' },
			'Today with ten years of data and four medications, served by the service worker'
		);
		return [
			...withData,
			{
				name: 'today-timetable-render',
				value: median(timetable),
				unit: 'ms',
				digits: 1,
				bar: { max: 50, text: '50 ms' },
				notes: [
					`median of ${RUNS} cold loads of Today: ${timetable.map((ms) => ms.toFixed(1)).join(', ')} ms`,
					'from the later of plan-loaded / doses-loaded to the first timetable-rendered mark'
				]
			},
			adherence
		];
	} finally {
		await context.close();
	}
};

async function timetableAfterData(page: Page): Promise<number> {
	// Today may first render with the plan before the day's dose records arrive; the figure is from the later of the
	// two loads to the first render after it.
	await page.waitForFunction(
		() => {
			// No named helpers in here: tsx would wrap them in a `__name` call the page doesn't define.
			const [plan, doses] = ['tandem:plan-loaded', 'tandem:doses-loaded'].map(
				(name) => performance.getEntriesByName(name)[0]?.startTime ?? Infinity
			);
			const loaded = Math.max(plan, doses);
			return performance.getEntriesByName('tandem:timetable-rendered').some((mark) => mark.startTime >= loaded);
		},
		undefined,
		{ timeout: LONG }
	);
	const [plan, doses, renders] = await page.evaluate(
		() =>
			[
				performance.getEntriesByName('tandem:plan-loaded')[0].startTime,
				performance.getEntriesByName('tandem:doses-loaded')[0].startTime,
				performance.getEntriesByName('tandem:timetable-rendered').map((mark) => mark.startTime)
			] as const
	);
	const loaded = Math.max(plan, doses);
	return Math.min(...renders.filter((time) => time >= loaded)) - loaded;
}

async function tenYearAdherence(page: Page): Promise<Figure> {
	await page.goto('/meds/adherence');
	await page.getByLabel('Choose dates').check();
	await page.getByLabel('From').fill('2016-01-01');
	const runs: number[] = [];
	for (let run = 0; run < RUNS; run++) {
		await page.evaluate(() => performance.clearMeasures('tandem:adherence'));
		// Switching the period away and back recomputes the whole ten years.
		await page.getByLabel('Last 4 weeks').check();
		await measureOf(page, 'tandem:adherence');
		await page.evaluate(() => performance.clearMeasures('tandem:adherence'));
		await page.getByLabel('Choose dates').check();
		runs.push(await measureOf(page, 'tandem:adherence'));
	}
	const summary = (await page.getByTestId('overall-adherence').textContent())?.trim();
	return {
		name: 'adherence-ten-years',
		value: median(runs),
		unit: 'ms',
		digits: 1,
		bar: { max: 100, text: '100 ms' },
		notes: [
			`median of ${RUNS}: ${runs.map((ms) => ms.toFixed(1)).join(', ')} ms (computation; the IndexedDB read is separate)`,
			`"${summary}"`
		]
	};
}
