/**
 * Issue 4's figures, on the ten-year data: the mood/sleep/… charts for a year and for all time (every
 * chart on the page, from choosing the period to the DOM being updated), and a check-in saved on
 * Today until it is shown there.
 */
import type { Page } from '@playwright/test';
import { median, type Figure, type Measurement } from './figures';
import { LONG, measureOf, restore, serviceWorkerReady } from './shell';

const RUNS = 5;

export const journalFigures: Measurement = async (ctx) => {
	const context = await ctx.newContext();
	try {
		const page = await context.newPage();
		await page.goto('/settings');
		await serviceWorkerReady(page);
		await restore(page, ctx.tenYearBackupPath);
		await page.goto('/journal/charts');
		await page.getByRole('figure', { name: /^Mood/ }).waitFor({ timeout: LONG });
		const year = await chartRuns(page, 'A year', '365');
		const all = await chartRuns(page, 'All time', 'all');
		const charts = await page.getByRole('figure').count();
		const checkin = await checkinShown(page);
		return [
			chartFigure('charts-365-days', year, 100, charts),
			chartFigure('charts-all-time', all, 250, charts),
			{
				name: 'checkin-shown-after-save',
				value: median(checkin),
				unit: 'ms',
				digits: 1,
				bar: { max: 30, text: '30 ms' },
				notes: [
					`median of ${RUNS}: ${checkin.map((ms) => ms.toFixed(1)).join(', ')} ms — tap on a mood → the saved check-in is on Today`
				]
			}
		];
	} finally {
		await context.close();
	}
};

function chartFigure(name: string, runs: number[], bar: number, charts: number): Figure {
	return {
		name,
		value: median(runs),
		unit: 'ms',
		digits: 1,
		bar: { max: bar, text: `${bar} ms` },
		notes: [`median of ${RUNS}: ${runs.map((ms) => ms.toFixed(1)).join(', ')} ms, for all ${charts} charts on the page together`]
	};
}

async function chartRuns(page: Page, label: string, range: string): Promise<number[]> {
	const runs: number[] = [];
	for (let run = 0; run < RUNS; run++) {
		await page.getByLabel('30 days').check();
		await page.evaluate((name) => performance.clearMeasures(name), `tandem:charts-${range}`);
		await page.getByLabel(label).check();
		runs.push(await measureOf(page, `tandem:charts-${range}`));
	}
	return runs;
}

async function checkinShown(page: Page): Promise<number[]> {
	await page.goto('/');
	const card = page.getByRole('region', { name: 'Check in' });
	await card.waitFor({ timeout: LONG });
	const runs: number[] = [];
	for (let run = 0; run < RUNS; run++) {
		await page.evaluate(() => {
			performance.clearMarks('tandem:checkin-save');
			performance.clearMarks('tandem:checkin-shown');
		});
		await card.getByRole('button', { name: run % 2 ? 'Good' : 'Okay', exact: true }).click();
		await page.waitForFunction(
			() => {
				const save = performance.getEntriesByName('tandem:checkin-save')[0];
				return !!save && performance.getEntriesByName('tandem:checkin-shown').some((mark) => mark.startTime > save.startTime);
			},
			undefined,
			{ timeout: LONG }
		);
		runs.push(
			await page.evaluate(() => {
				const save = performance.getEntriesByName('tandem:checkin-save')[0].startTime;
				return (
					Math.min(
						...performance
							.getEntriesByName('tandem:checkin-shown')
							.map((mark) => mark.startTime)
							.filter((time) => time > save)
					) - save
				);
			})
		);
	}
	return runs;
}
